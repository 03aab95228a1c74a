using Probation.Orders.Activities;
using Probation.Orders.Policy;
using Probation.Orders.Rules;

namespace Probation.Functions.Reminders;

/// <summary>
/// A reminder as API.md shows it to staff and as it goes on <c>staff-notifications</c>: the stored
/// <see cref="Reminder"/> with its state, plus the policy it was calculated under (DOMAIN.md).
/// </summary>
public sealed record ReminderItem(
    string ReminderId,
    string OrderId,
    string Crn,
    string? StaffId,
    string? TeamId,
    string RuleId,
    string DutyId,
    ReminderKind Kind,
    DateOnly DueDate,
    string Reason,
    ReminderState State,
    DateTime CreatedAt,
    PolicyReference Policy)
{
    public static ReminderItem From(Reminder reminder, ReminderState state) => new(
        reminder.ReminderId,
        reminder.OrderId.Value,
        reminder.Crn.Value,
        reminder.StaffId?.Value,
        reminder.TeamId?.Value,
        reminder.RuleId,
        reminder.DutyId,
        reminder.Kind,
        reminder.DueDate,
        reminder.Reason,
        state,
        AsUtc(reminder.CreatedAt),
        reminder.Policy);

    // A DateTime of kind Utc is written with "Z", which the contract requires for instants.
    private static DateTime AsUtc(DateTime at) => at.Kind switch
    {
        DateTimeKind.Utc => at,
        DateTimeKind.Local => at.ToUniversalTime(),
        _ => DateTime.SpecifyKind(at, DateTimeKind.Utc),
    };
}
