using Probation.Orders.Support;

namespace Probation.Orders.Calendar;

public sealed class ComputedBankHolidaysTests
{
    // Years without one-off days: the computed list must equal gov.uk's, title, notes and bunting included.
    [Theory]
    [InlineData(2018)]
    [InlineData(2019)]
    [InlineData(2021)]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    [InlineData(2027)]
    public void For_NormalPublishedYear_ReproducesTheData(int year)
    {
        var published = BankHolidayData.LoadEmbedded().Where(h => h.Date.Year == year).ToList();

        var computed = ComputedBankHolidays.For(year);

        Assert.Equal(published, computed);
    }

    [Theory]
    [InlineData(2020)]
    [InlineData(2022)]
    [InlineData(2023)]
    public void For_YearWithOneOffDays_DiffersFromTheData(int year)
    {
        var published = BankHolidayData.LoadEmbedded().Where(h => h.Date.Year == year).Select(h => h.Date).ToList();

        var computed = ComputedBankHolidays.For(year).Select(h => h.Date).ToList();

        Assert.NotEqual(published, computed);
    }

    [Fact]
    public void For_2027_HasEasterOnTheComputusDates()
    {
        var year = 2027;

        var holidays = ComputedBankHolidays.For(year);

        Assert.Equal(Calendars.Date("2027-03-26"), holidays.Single(h => h.Title == "Good Friday").Date);
        Assert.Equal(Calendars.Date("2027-03-29"), holidays.Single(h => h.Title == "Easter Monday").Date);
    }

    [Theory]
    [InlineData(2021, "2021-12-27", "2021-12-28")]
    [InlineData(2027, "2027-12-27", "2027-12-28")]
    [InlineData(2032, "2032-12-27", "2032-12-28")]
    public void For_ChristmasOnSaturday_BothMoveToMondayAndTuesday(int year, string christmas, string boxing)
    {
        var holidays = ComputedBankHolidays.For(year);

        Assert.Equal(Calendars.Date(christmas), holidays.Single(h => h.Title == "Christmas Day").Date);
        Assert.Equal(Calendars.Date(boxing), holidays.Single(h => h.Title == "Boxing Day").Date);
        Assert.All(holidays.Where(h => h.Date.Month == 12), h => Assert.Equal("Substitute day", h.Notes));
    }

    [Fact]
    public void For_ChristmasOnSunday_BoxingDayMondayThenChristmasTuesday()
    {
        var year = 2033;

        var december = ComputedBankHolidays.For(year).Where(h => h.Date.Month == 12).ToList();

        Assert.Equal(["Boxing Day", "Christmas Day"], december.Select(h => h.Title));
        Assert.Equal([Calendars.Date("2033-12-26"), Calendars.Date("2033-12-27")], december.Select(h => h.Date));
        Assert.Equal(["", "Substitute day"], december.Select(h => h.Notes));
    }

    [Fact]
    public void For_ChristmasOnFriday_BoxingDayMovesToMonday()
    {
        var year = 2026;

        var boxing = ComputedBankHolidays.For(year).Single(h => h.Title == "Boxing Day");

        Assert.Equal(Calendars.Date("2026-12-28"), boxing.Date);
        Assert.Equal("Substitute day", boxing.Notes);
    }

    [Theory]
    [InlineData(2028, "2028-01-03")]
    [InlineData(2034, "2034-01-02")]
    public void For_NewYearAtWeekend_MovesToMonday(int year, string expected)
    {
        var holidays = ComputedBankHolidays.For(year);

        var newYear = holidays.Single(h => h.Title == "New Year’s Day");
        Assert.Equal(Calendars.Date(expected), newYear.Date);
        Assert.Equal("Substitute day", newYear.Notes);
    }

    [Fact]
    public void For_2028_FirstMondayOfMayIsMayDayItself()
    {
        var year = 2028;

        var holidays = ComputedBankHolidays.For(year);

        Assert.Equal(Calendars.Date("2028-05-01"), holidays.Single(h => h.Title == "Early May bank holiday").Date);
        Assert.Equal(Calendars.Date("2028-05-29"), holidays.Single(h => h.Title == "Spring bank holiday").Date);
        Assert.Equal(Calendars.Date("2028-08-28"), holidays.Single(h => h.Title == "Summer bank holiday").Date);
    }
}
