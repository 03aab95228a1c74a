using System.Globalization;

namespace Probation.Orders.Calendar;

/// <summary>Counting working days, and saying which bank holidays a count stepped over.</summary>
public sealed partial class WorkingDayCalendar
{
    /// <summary>
    /// The <paramref name="workingDays"/>th working day after <paramref name="date"/>, which itself does
    /// not count ("within N working days of D", DOMAIN.md); a negative count goes back. Zero gives
    /// <paramref name="date"/>.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly date, int workingDays)
    {
        var step = Math.Sign(workingDays);
        var day = date;
        for (var remaining = Math.Abs(workingDays); remaining > 0;)
        {
            day = day.AddDays(step);
            if (IsWorkingDay(day))
            {
                remaining--;
            }
        }

        return day;
    }

    /// <summary>
    /// <see cref="AddWorkingDays"/> with the reason staff see, naming the bank holidays skipped on
    /// weekdays: "5 working days after 2026-12-23 (skipped 2026-12-25, 2026-12-28, 2027-01-01)".
    /// </summary>
    public CalculatedDate AddWorkingDaysExplained(DateOnly date, int workingDays)
    {
        var result = AddWorkingDays(date, workingDays);
        var direction = workingDays < 0 ? "before" : "after";
        var count = Math.Abs(workingDays);
        var unit = count == 1 ? "working day" : "working days";
        var (first, last) = workingDays < 0 ? (result, date.AddDays(-1)) : (date.AddDays(1), result);
        var skipped = BankHolidaysBetween(first, last).Where(h => h.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));
        var skippedText = string.Join(", ", skipped.Select(h => Iso(h.Date)));
        var reason = $"{count} {unit} {direction} {Iso(date)}" + (skippedText.Length > 0 ? $" (skipped {skippedText})" : string.Empty);
        return new CalculatedDate(result, reason);
    }

    /// <summary>
    /// Working days in (<paramref name="from"/>, <paramref name="to"/>]: the inverse of
    /// <see cref="AddWorkingDays"/> for a working-day <paramref name="to"/>; negative when
    /// <paramref name="to"/> is earlier.
    /// </summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var (start, end, sign) = to >= from ? (from, to, 1) : (to, from, -1);
        var count = 0;
        for (var day = start.AddDays(1); day <= end; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return sign * count;
    }

    /// <summary>
    /// The bank holidays from <paramref name="first"/> to <paramref name="last"/> inclusive, in date order.
    /// </summary>
    public IReadOnlyList<BankHoliday> BankHolidaysBetween(DateOnly first, DateOnly last)
    {
        var holidays = new List<BankHoliday>();
        for (var year = first.Year; year <= last.Year; year++)
        {
            holidays.AddRange(BankHolidaysIn(year).Where(h => h.Date >= first && h.Date <= last));
        }

        return holidays;
    }

    internal static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
