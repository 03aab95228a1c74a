using Probation.Functions.Reminders;

namespace Probation.Functions.Pages.ReminderList;

/// <summary>A member of staff's open reminders, soonest due first, with the token of their acknowledge buttons.</summary>
public sealed record ReminderListModel(string StaffId, IReadOnlyList<ReminderItem> Reminders, string CsrfToken, bool Acknowledged);
