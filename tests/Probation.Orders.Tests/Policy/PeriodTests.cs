using Probation.Orders.Support;

namespace Probation.Orders.Policy;

public sealed class PeriodTests
{
    [Fact]
    public void After_WorkingDays_CountsOnTheCalendar()
    {
        var period = new Period(5, PeriodUnit.WorkingDays);

        var due = period.After(Calendars.Date("2026-12-23"), Calendars.Embedded());

        Assert.Equal(Calendars.Date("2027-01-04"), due.Date);
        Assert.Equal("5 working days after 2026-12-23 (skipped 2026-12-25, 2026-12-28, 2027-01-01)", due.Reason);
    }

    [Fact]
    public void After_CalendarDays_IgnoresHolidays()
    {
        var period = new Period(10, PeriodUnit.CalendarDays);

        var due = period.After(Calendars.Date("2026-12-23"), Calendars.Embedded());

        Assert.Equal(Calendars.Date("2027-01-02"), due.Date);
        Assert.Equal("10 days after 2026-12-23", due.Reason);
    }

    [Fact]
    public void After_Weeks_AddsSevenDaysEach()
    {
        var period = new Period(16, PeriodUnit.Weeks);

        var due = period.After(Calendars.Date("2026-12-23"), Calendars.Embedded());

        Assert.Equal(Calendars.Date("2027-04-14"), due.Date);
        Assert.Equal("16 weeks after 2026-12-23", due.Reason);
    }

    [Fact]
    public void After_MonthFromThe31st_ClampsToTheMonthsLastDay()
    {
        var period = new Period(1, PeriodUnit.Months);

        var due = period.After(Calendars.Date("2027-01-31"), Calendars.Embedded());

        Assert.Equal(Calendars.Date("2027-02-28"), due.Date);
        Assert.Equal("1 month after 2027-01-31", due.Reason);
    }

    [Fact]
    public void Before_Weeks_CountsBack()
    {
        var period = new Period(8, PeriodUnit.Weeks);

        var sendOn = period.Before(Calendars.Date("2027-10-16"), Calendars.Embedded());

        Assert.Equal(Calendars.Date("2027-08-21"), sendOn.Date);
        Assert.Equal("8 weeks before 2027-10-16", sendOn.Reason);
    }

    [Fact]
    public void After_Zero_IsTheDateItself()
    {
        var period = new Period(0, PeriodUnit.CalendarDays);

        var due = period.After(Calendars.Date("2027-10-16"), Calendars.Embedded());

        Assert.Equal(Calendars.Date("2027-10-16"), due.Date);
        Assert.Equal("on 2027-10-16", due.Reason);
    }

    [Theory]
    [InlineData(1, PeriodUnit.WorkingDays, "1 working day")]
    [InlineData(2, PeriodUnit.WorkingDays, "2 working days")]
    [InlineData(10, PeriodUnit.CalendarDays, "10 days")]
    [InlineData(1, PeriodUnit.Weeks, "1 week")]
    [InlineData(12, PeriodUnit.Months, "12 months")]
    public void ToString_Period_ReadsAsConfigurationWritesIt(int amount, PeriodUnit unit, string expected)
    {
        var period = new Period(amount, unit);

        var text = period.ToString();

        Assert.Equal(expected, text);
    }
}
