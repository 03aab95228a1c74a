namespace Probation.Functions.Reminders;

/// <summary>
/// Which reminders a staff or team query returns: those in state <c>Open</c> only (<c>state=open</c>, the default: what
/// still wants someone's attention; acknowledging takes a reminder off that list) or all, due from <see cref="From"/>
/// to <see cref="To"/> inclusive.
/// </summary>
internal sealed record ReminderFilter(bool OpenOnly, DateOnly? From, DateOnly? To);
