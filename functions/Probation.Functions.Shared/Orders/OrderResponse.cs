using Probation.Orders.Documents;
using Probation.Orders.Lifecycle;
using Probation.Orders.Policy;
using Probation.Orders.Tiering;
using Probation.Orders.Views;

namespace Probation.Functions.Orders;

/// <summary>The body of <c>GET /api/orders/{orderId}</c>: the order as staff see it, in API.md's shape.</summary>
public sealed record OrderResponse(
    string OrderId,
    string Crn,
    OrderType OrderType,
    OrderPhase Phase,
    Tier Tier,
    PolicyReference Policy,
    Allocation? Allocation,
    IReadOnlyList<Duty> Duties,
    IReadOnlyList<WarningResponse> Warnings,
    IReadOnlyList<TimelineResponse> Timeline,
    DateOnly? EndDate,
    OrderOutcome? Outcome)
{
    public static OrderResponse From(OrderView view, IReadOnlyList<TimelineEntry> timeline) => new(
        view.OrderId.Value,
        view.Crn.Value,
        view.OrderType,
        view.Phase,
        view.Tier,
        view.Policy,
        view.Allocation,
        view.Duties,
        [.. view.Warnings.Select(w => new WarningResponse(w.WarningId, w.IssuedOn, w.State, w.ExplainBy))],
        [.. timeline.Select(t => new TimelineResponse(t.At, t.Kind, t.By, t.Detail))],
        view.EndDate,
        view.Outcome);
}
