using System.Text;
using Probation.Orders.Identifiers;

namespace Probation.Orders.Events;

/// <summary>
/// POST <c>/api/orders/{orderId}/termination</c>: the order ends early. The reason is free text
/// about a person (e.g. a death): never log it.
/// </summary>
public sealed record TerminationEvent(
    EventId EventId,
    StaffId StaffId,
    TerminationOutcome Outcome,
    DateOnly Date,
    string Reason) : IStaffEvent
{
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("EventId = ").Append(EventId.Value).Append(", Outcome = ").Append(Outcome);
        return true;
    }
}
