namespace Probation.Orders.Activities;

/// <summary>
/// The reminders one step of an order produced, to store and put on <c>staff-notifications</c>; each is keyed by its
/// <see cref="Reminder.ReminderId"/>, so a retried call delivers nothing twice.
/// </summary>
public sealed record SendRemindersInput(IReadOnlyList<Reminder> Reminders);
