namespace Probation.Orders.Calendar;

/// <summary>
/// Dates in Europe/London from UTC instants, by the UK summer-time rule (the Summer Time Order 2002: from 01:00 UTC on
/// the last Sunday of March to 01:00 UTC on the last Sunday of October). Computed rather than read from the host's
/// time-zone database, so an orchestration replays to the same dates on any machine.
/// </summary>
public static class LondonTime
{
    /// <summary>The UTC hour at which an order's timers fire: 06:00 GMT or 07:00 BST, before the working day.</summary>
    public const int WakeUpHourUtc = 6;

    /// <summary>The London date at <paramref name="utc"/>.</summary>
    public static DateOnly DateOf(DateTime utc) =>
        DateOnly.FromDateTime(IsSummerTime(utc) ? utc.AddHours(1) : utc);

    /// <summary>The instant an order wakes up on <paramref name="date"/> to send that day's reminders.</summary>
    public static DateTime WakeUpOn(DateOnly date) =>
        date.ToDateTime(new TimeOnly(WakeUpHourUtc, 0), DateTimeKind.Utc);

    /// <summary>Whether British Summer Time is in force at <paramref name="utc"/>.</summary>
    public static bool IsSummerTime(DateTime utc) =>
        utc >= ChangeOver(utc.Year, 3) && utc < ChangeOver(utc.Year, 10);

    private static DateTime ChangeOver(int year, int month)
    {
        var last = new DateTime(year, month, DateTime.DaysInMonth(year, month), 1, 0, 0, DateTimeKind.Utc);
        return last.AddDays(-(int)last.DayOfWeek);
    }
}
