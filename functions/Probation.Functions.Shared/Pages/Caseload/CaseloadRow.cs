using Probation.Orders.Views;

namespace Probation.Functions.Pages.Caseload;

/// <summary>One order of a caseload: the order as staff see it, its next duty's countdown and its open reminders.</summary>
public sealed record CaseloadRow(OrderView Order, DutyCountdown? Next, int OpenReminders);
