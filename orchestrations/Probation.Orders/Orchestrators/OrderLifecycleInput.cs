using Probation.Orders.Documents;
using Probation.Orders.Lifecycle;
using Probation.Orders.Policy;

namespace Probation.Orders.Orchestrators;

/// <summary>
/// The input of <see cref="OrderLifecycle"/>: the validated order, the policy it started under (kept for its whole
/// life, so replay sees the same figures) and, after the first step, the state carried through ContinueAsNew.
/// </summary>
/// <param name="State">Null when the order has just arrived.</param>
/// <param name="Pending">Staff events received by the previous execution and not yet applied, oldest first.</param>
public sealed record OrderLifecycleInput(
    OrderDocument Order, NationalStandardsPolicy Policy, OrderState? State = null, IReadOnlyList<PendingEvent>? Pending = null);
