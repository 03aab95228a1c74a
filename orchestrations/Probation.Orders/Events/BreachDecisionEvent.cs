using System.Text;
using Probation.Orders.Identifiers;

namespace Probation.Orders.Events;

/// <summary>
/// POST <c>/api/orders/{orderId}/breach-decisions</c>: what was decided once breach was due. The
/// reason is free text about a person: never log it.
/// </summary>
public sealed record BreachDecisionEvent(
    EventId EventId,
    StaffId StaffId,
    BreachDecision Decision,
    string Reason,
    DateOnly DecidedOn) : IStaffEvent
{
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("EventId = ").Append(EventId.Value).Append(", Decision = ").Append(Decision);
        return true;
    }
}
