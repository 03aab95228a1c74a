using Probation.Orders.Identifiers;
using Probation.Orders.Lifecycle;

namespace Probation.Orders.Orchestrators;

/// <summary>
/// The output of a completed order orchestration. The reason stays in the order view: it may be staff's free text
/// about a person, and instance outputs are shown to integrators.
/// </summary>
public sealed record OrderEnded(OrderId OrderId, OrderOutcomeKind Outcome, DateOnly Date);
