namespace Probation.Orders.Rules;

/// <summary>
/// A reminder to send on <see cref="SendOn"/> if the duty is still open then; <see cref="SendReason"/>
/// says why that day (e.g. "2 working days before 2027-01-04"). The reminder itself carries the
/// duty's <see cref="DutyDue.Reason"/>.
/// </summary>
public sealed record PlannedReminder(ReminderKind Kind, DateOnly SendOn, string SendReason);
