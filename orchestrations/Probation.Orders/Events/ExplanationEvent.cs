using System.Globalization;
using System.Text;
using Probation.Orders.Identifiers;

namespace Probation.Orders.Events;

/// <summary>
/// POST <c>/api/orders/{orderId}/explanations</c>: the person's explanation for a failure. The note
/// is personal data: never log it.
/// </summary>
public sealed record ExplanationEvent(
    EventId EventId,
    StaffId StaffId,
    AppointmentId AppointmentId,
    DateOnly ReceivedOn,
    bool Acceptable,
    string? Note = null) : IStaffEvent
{
    // Keeps the free-text note out of anything that formats the record.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("EventId = ").Append(EventId.Value)
            .Append(", AppointmentId = ").Append(AppointmentId.Value)
            .Append(", ReceivedOn = ").Append(ReceivedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .Append(", Acceptable = ").Append(Acceptable);
        return true;
    }
}
