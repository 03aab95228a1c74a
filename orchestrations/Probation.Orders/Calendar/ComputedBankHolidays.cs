namespace Probation.Orders.Calendar;

/// <summary>
/// England and Wales bank holidays computed from the standing rules (Banking and Financial Dealings
/// Act 1971 and the annual proclamations), in the titles, notes and order gov.uk uses. Used only for
/// years the published data does not cover: it cannot know one-off days such as a coronation.
/// </summary>
public static class ComputedBankHolidays
{
    private const string Substitute = "Substitute day";

    /// <summary>The holidays of <paramref name="year"/>, in date order.</summary>
    public static IReadOnlyList<BankHoliday> For(int year)
    {
        var easter = Easter.Sunday(year);
        var holidays = new List<BankHoliday>
        {
            NewYear(year),
            new("Good Friday", easter.AddDays(-2), string.Empty, false),
            new("Easter Monday", easter.AddDays(1), string.Empty, true),
            new("Early May bank holiday", FirstMonday(year, 5), string.Empty, true),
            new("Spring bank holiday", LastMonday(year, 5), string.Empty, true),
            new("Summer bank holiday", LastMonday(year, 8), string.Empty, true),
        };
        holidays.AddRange(Christmas(year));
        return holidays;
    }

    private static BankHoliday NewYear(int year)
    {
        var day = new DateOnly(year, 1, 1);
        return day.DayOfWeek switch
        {
            DayOfWeek.Saturday => new("New Year’s Day", day.AddDays(2), Substitute, true),
            DayOfWeek.Sunday => new("New Year’s Day", day.AddDays(1), Substitute, true),
            _ => new("New Year’s Day", day, string.Empty, true),
        };
    }

    // Christmas and Boxing Day each need a weekday; when one falls at a weekend it moves to the next
    // free weekday, which is why a Sunday Christmas makes Boxing Day (Monday) come first in the list.
    private static IEnumerable<BankHoliday> Christmas(int year)
    {
        var christmas = new DateOnly(year, 12, 25);
        return christmas.DayOfWeek switch
        {
            DayOfWeek.Friday => [new("Christmas Day", christmas, string.Empty, true), new("Boxing Day", christmas.AddDays(3), Substitute, true)],
            DayOfWeek.Saturday => [new("Christmas Day", christmas.AddDays(2), Substitute, true), new("Boxing Day", christmas.AddDays(3), Substitute, true)],
            DayOfWeek.Sunday => [new("Boxing Day", christmas.AddDays(1), string.Empty, true), new("Christmas Day", christmas.AddDays(2), Substitute, true)],
            _ => [new("Christmas Day", christmas, string.Empty, true), new("Boxing Day", christmas.AddDays(1), string.Empty, true)],
        };
    }

    private static DateOnly FirstMonday(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return first.AddDays(((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7);
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(((int)last.DayOfWeek - (int)DayOfWeek.Monday + 7) % 7));
    }
}
