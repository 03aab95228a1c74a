using Microsoft.Extensions.Logging;
using Probation.Orders.Support;

namespace Probation.Orders.Calendar;

public sealed class WorkingDayCalendarTests
{
    [Theory]
    [InlineData("2026-12-24", true)]
    [InlineData("2026-12-25", false)]
    [InlineData("2026-12-26", false)]
    [InlineData("2026-12-28", false)]
    [InlineData("2027-01-01", false)]
    [InlineData("2027-03-26", false)]
    [InlineData("2027-03-29", false)]
    [InlineData("2022-09-19", false)]
    [InlineData("2023-05-08", false)]
    [InlineData("2020-05-04", true)]
    public void IsWorkingDay_Date_ExcludesWeekendsAndBankHolidays(string date, bool expected)
    {
        var calendar = Calendars.Embedded();

        var working = calendar.IsWorkingDay(Calendars.Date(date));

        Assert.Equal(expected, working);
    }

    [Fact]
    public void BankHolidayOn_SubstituteDay_ReturnsTheEvent()
    {
        var calendar = Calendars.Embedded();

        var holiday = calendar.BankHolidayOn(Calendars.Date("2026-12-28"));

        Assert.Equal(new BankHoliday("Boxing Day", Calendars.Date("2026-12-28"), "Substitute day", true), holiday);
    }

    [Fact]
    public void IsBankHoliday_PublishedYear_DoesNotLogAWarning()
    {
        var logger = new ListLogger<WorkingDayCalendar>();
        var calendar = Calendars.Embedded(logger);

        calendar.IsBankHoliday(Calendars.Date("2027-03-26"));

        Assert.DoesNotContain(logger.Entries, e => e.Level == LogLevel.Warning);
    }

    [Fact]
    public void IsBankHoliday_YearBeyondTheData_UsesComputedDatesAndWarnsOnce()
    {
        var logger = new ListLogger<WorkingDayCalendar>();
        var calendar = Calendars.Embedded(logger);

        var goodFriday = calendar.IsBankHoliday(Calendars.Date("2028-04-14"));
        calendar.IsWorkingDay(Calendars.Date("2028-12-26"));
        calendar.AddWorkingDays(Calendars.Date("2028-06-01"), 10);

        Assert.True(goodFriday);
        var warning = Assert.Single(logger.Entries, e => e.Level == LogLevel.Warning);
        Assert.Equal(4001, warning.EventId.Id);
        Assert.Contains("2028", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_Data_LogsCoverageWithoutPersonalData()
    {
        var logger = new ListLogger<WorkingDayCalendar>();

        _ = Calendars.Embedded(logger);

        var entry = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Information, entry.Level);
        Assert.Contains("2018-2027", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PublishedYears_EmbeddedData_2018To2027()
    {
        var calendar = Calendars.Embedded();

        var years = calendar.PublishedYears.Order();

        Assert.Equal(Enumerable.Range(2018, 10), years);
    }

    [Fact]
    public void BankHolidaysIn_FallbackYear_MatchesComputedRules()
    {
        var calendar = new WorkingDayCalendar([]);

        var holidays = calendar.BankHolidaysIn(2026);

        Assert.Equal(ComputedBankHolidays.For(2026), holidays);
    }

    [Fact]
    public void FromFile_NewerCopy_PublishedYearsComeFromIt()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bank-holidays-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """
            { "england-and-wales": { "division": "england-and-wales", "events": [
              { "title": "A one-off day", "date": "2030-07-01", "notes": "", "bunting": true } ] } }
            """);
        try
        {
            var calendar = WorkingDayCalendar.FromFile(path);

            Assert.False(calendar.IsWorkingDay(Calendars.Date("2030-07-01")));
            Assert.Equal([2030], calendar.PublishedYears);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
