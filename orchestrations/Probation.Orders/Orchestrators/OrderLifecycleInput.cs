using Probation.Orders.Clock;
using Probation.Orders.Documents;
using Probation.Orders.Lifecycle;
using Probation.Orders.Policy;

namespace Probation.Orders.Orchestrators;

/// <summary>
/// The input of <see cref="OrderLifecycle"/>: the validated order, the policy it started under (kept for its whole
/// life, so replay sees the same figures) and, after the first step, the state carried through ContinueAsNew.
/// </summary>
/// <param name="State">Null when the order has just arrived.</param>
/// <param name="Pending">Events received by the previous execution and not yet applied, oldest first.</param>
/// <param name="Clock">The business clock; null is <see cref="OrderClock.Zero"/>.</param>
public sealed record OrderLifecycleInput(
    OrderDocument Order,
    NationalStandardsPolicy Policy,
    OrderState? State = null,
    IReadOnlyList<PendingEvent>? Pending = null,
    OrderClock? Clock = null);
