using Probation.Orders.Rules;

namespace Probation.Orders.Lifecycle;

/// <summary>A reminder of duty <see cref="DutyId"/> still to send on <see cref="SendOn"/> if the duty is open then.</summary>
public sealed record ScheduledReminder(string DutyId, ReminderKind Kind, DateOnly SendOn);
