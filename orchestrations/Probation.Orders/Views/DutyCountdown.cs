using Probation.Orders.Calendar;
using Probation.Orders.Lifecycle;

namespace Probation.Orders.Views;

/// <summary>
/// An order's open duty due soonest, with the working days left until its due date on a given day: what a caseload
/// shows for each order.
/// </summary>
/// <param name="WorkingDaysLeft">
/// Working days after today up to the due date (<see cref="WorkingDayCalendar.WorkingDaysBetween"/>): 0 when due today,
/// negative once overdue.
/// </param>
/// <param name="IsOverdue">The due date has passed and the duty is still open.</param>
public sealed record DutyCountdown(Duty Duty, int WorkingDaysLeft, bool IsOverdue)
{
    /// <summary>The countdown to the open duty of <paramref name="duties"/> due soonest, or null when none is open.</summary>
    public static DutyCountdown? Next(IEnumerable<Duty> duties, DateOnly today, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(duties);
        ArgumentNullException.ThrowIfNull(calendar);
        return duties.Where(d => d.State == DutyState.Open).MinBy(d => d.DueDate) is { } next
            ? new DutyCountdown(next, calendar.WorkingDaysBetween(today, next.DueDate), next.DueDate < today)
            : null;
    }
}
