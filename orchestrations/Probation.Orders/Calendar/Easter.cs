namespace Probation.Orders.Calendar;

/// <summary>Easter Sunday by the Gregorian computus (the anonymous algorithm of Meeus, Jones and Butcher).</summary>
public static class Easter
{
    /// <summary>Easter Sunday of <paramref name="year"/> (1583 onwards).</summary>
    public static DateOnly Sunday(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1583);
        var golden = year % 19;
        var century = year / 100;
        var yearOfCentury = year % 100;
        var epact = ((19 * golden) + century - (century / 4) - ((century - ((century + 8) / 25) + 1) / 3) + 15) % 30;
        var weekday = (32 + (2 * (century % 4)) + (2 * (yearOfCentury / 4)) - epact - (yearOfCentury % 4)) % 7;
        var correction = (golden + (11 * epact) + (22 * weekday)) / 451;
        var monthAndDay = epact + weekday - (7 * correction) + 114;
        return new DateOnly(year, monthAndDay / 31, (monthAndDay % 31) + 1);
    }
}
