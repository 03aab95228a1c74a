using Probation.Orders.Support;

namespace Probation.Orders.Calendar;

public sealed class WorkingDayCalendarCountingTests
{
    [Fact]
    public void AddWorkingDays_FiveAfterChristmas2026Sentence_LandsOn2027_01_04()
    {
        var calendar = Calendars.Embedded();

        var due = calendar.AddWorkingDays(Calendars.Date("2026-12-23"), 5);

        Assert.Equal(Calendars.Date("2027-01-04"), due);
    }

    [Fact]
    public void AddWorkingDaysExplained_Christmas2026_NamesTheSkippedBankHolidays()
    {
        var calendar = Calendars.Embedded();

        var due = calendar.AddWorkingDaysExplained(Calendars.Date("2026-12-23"), 5);

        Assert.Equal(Calendars.Date("2027-01-04"), due.Date);
        Assert.Equal("5 working days after 2026-12-23 (skipped 2026-12-25, 2026-12-28, 2027-01-01)", due.Reason);
    }

    [Fact]
    public void AddWorkingDaysExplained_AcrossEaster2027_SkipsGoodFridayAndEasterMonday()
    {
        var calendar = Calendars.Embedded();

        var due = calendar.AddWorkingDaysExplained(Calendars.Date("2027-03-24"), 5);

        Assert.Equal(Calendars.Date("2027-04-02"), due.Date);
        Assert.Equal("5 working days after 2027-03-24 (skipped 2027-03-26, 2027-03-29)", due.Reason);
    }

    [Fact]
    public void AddWorkingDaysExplained_NoHolidayInRange_HasNoSkippedList()
    {
        var calendar = Calendars.Embedded();

        var due = calendar.AddWorkingDaysExplained(Calendars.Date("2027-02-01"), 1);

        Assert.Equal(Calendars.Date("2027-02-02"), due.Date);
        Assert.Equal("1 working day after 2027-02-01", due.Reason);
    }

    [Fact]
    public void AddWorkingDays_FromAWeekend_CountsFromTheNextMonday()
    {
        var calendar = Calendars.Embedded();

        var due = calendar.AddWorkingDays(Calendars.Date("2027-02-06"), 1);

        Assert.Equal(Calendars.Date("2027-02-08"), due);
    }

    [Fact]
    public void AddWorkingDays_Zero_ReturnsTheSameDate()
    {
        var calendar = Calendars.Embedded();

        var due = calendar.AddWorkingDays(Calendars.Date("2026-12-25"), 0);

        Assert.Equal(Calendars.Date("2026-12-25"), due);
    }

    [Fact]
    public void AddWorkingDaysExplained_Negative_GoesBackAndNamesSkippedDays()
    {
        var calendar = Calendars.Embedded();

        var earlier = calendar.AddWorkingDaysExplained(Calendars.Date("2027-01-04"), -2);

        Assert.Equal(Calendars.Date("2026-12-30"), earlier.Date);
        Assert.Equal("2 working days before 2027-01-04 (skipped 2027-01-01)", earlier.Reason);
    }

    [Fact]
    public void AddWorkingDays_ChristmasEve2027_NextWorkingDayIsAfterBothSubstituteDays()
    {
        var calendar = Calendars.Embedded();

        var next = calendar.AddWorkingDays(Calendars.Date("2027-12-24"), 1);

        Assert.Equal(Calendars.Date("2027-12-29"), next);
    }

    [Fact]
    public void AddWorkingDays_IntoFallbackYear_UsesComputedHolidays()
    {
        var calendar = Calendars.Embedded();

        var due = calendar.AddWorkingDaysExplained(Calendars.Date("2027-12-30"), 2);

        Assert.Equal(Calendars.Date("2028-01-04"), due.Date);
        Assert.Equal("2 working days after 2027-12-30 (skipped 2028-01-03)", due.Reason);
    }

    [Theory]
    [InlineData("2026-12-23", "2027-01-04", 5)]
    [InlineData("2027-01-04", "2026-12-23", -5)]
    [InlineData("2027-03-24", "2027-04-02", 5)]
    [InlineData("2027-02-01", "2027-02-01", 0)]
    public void WorkingDaysBetween_Dates_CountsWorkingDaysAfterTheFirst(string from, string to, int expected)
    {
        var calendar = Calendars.Embedded();

        var count = calendar.WorkingDaysBetween(Calendars.Date(from), Calendars.Date(to));

        Assert.Equal(expected, count);
    }

    [Fact]
    public void WorkingDaysBetween_AnyCount_IsTheInverseOfAddWorkingDays()
    {
        var calendar = Calendars.Embedded();
        var start = Calendars.Date("2026-11-30");

        var counts = Enumerable.Range(0, 40).Select(n => calendar.WorkingDaysBetween(start, calendar.AddWorkingDays(start, n)));

        Assert.Equal(Enumerable.Range(0, 40), counts);
    }

    [Fact]
    public void BankHolidaysBetween_AcrossNewYear_ListsBothYearsInOrder()
    {
        var calendar = Calendars.Embedded();

        var holidays = calendar.BankHolidaysBetween(Calendars.Date("2026-12-20"), Calendars.Date("2027-01-10"));

        Assert.Equal(["2026-12-25", "2026-12-28", "2027-01-01"], holidays.Select(h => h.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
    }
}
