using Probation.Orders.Documents;
using Probation.Orders.Enforcement;
using Probation.Orders.Identifiers;
using Probation.Orders.Lifecycle;
using Probation.Orders.Policy;
using Probation.Orders.Tiering;

namespace Probation.Orders.Views;

/// <summary>
/// <c>GET /api/orders/{orderId}</c> of API.md without the timeline, which the store appends (see
/// <see cref="Activities.OrderViewPublication"/>). Breaches and recall considerations go beyond API.md's example so the
/// HTTP layer can check an event against the order (<see cref="Lifecycle.EventAdmission"/>) before accepting it.
/// </summary>
/// <param name="RecentEventIds">
/// The staff event ids the order has taken, latest last (as many as <see cref="OrderState.ProcessedEventIdLimit"/>), so
/// the HTTP layer answers a repeated event as accepted instead of checking it against the state it brought about.
/// </param>
/// <param name="Revision">Increases with every publication; the store keeps the highest.</param>
/// <param name="TimelineLength">How many timeline entries the order has, so a reader can tell one is missing.</param>
/// <param name="UpdatedAt">The orchestration's time of this revision (UTC).</param>
public sealed record OrderView(
    OrderId OrderId,
    Crn Crn,
    OrderType OrderType,
    OrderPhase Phase,
    Tier Tier,
    PolicyReference Policy,
    Allocation? Allocation,
    IReadOnlyList<Duty> Duties,
    IReadOnlyList<Warning> Warnings,
    IReadOnlyList<BreachCase> Breaches,
    IReadOnlyList<RecallConsideration> RecallConsiderations,
    DateOnly? EndDate,
    OrderOutcome? Outcome,
    IReadOnlyList<EventId> RecentEventIds,
    int Revision,
    int TimelineLength,
    DateTime UpdatedAt)
{
    /// <summary>The view of <paramref name="order"/> in <paramref name="state"/>, as of <paramref name="at"/>.</summary>
    public static OrderView Of(OrderDocument order, PolicyReference policy, OrderState state, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(state);
        return new OrderView(
            order.OrderId, order.Person.Crn, order.OrderType, state.Phase, state.Tier, policy, state.Allocation, state.Duties,
            state.Enforcement.Warnings, state.Enforcement.Breaches, state.Enforcement.RecallConsiderations, state.EndDate,
            state.Outcome, state.ProcessedEventIds, state.Revision, state.TimelineSequence, at);
    }
}
