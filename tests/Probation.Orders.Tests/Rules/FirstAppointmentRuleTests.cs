using Probation.Orders.Policy;
using Probation.Orders.Support;

namespace Probation.Orders.Rules;

public sealed class FirstAppointmentRuleTests
{
    [Fact]
    public void Due_SentenceBeforeChristmas2026_FifthWorkingDayIs2027_01_04()
    {
        var sentenceDate = Calendars.Date("2026-12-23");

        var due = FirstAppointmentRule.Due(sentenceDate, NationalStandardsPolicy.Seeded, Calendars.Embedded());

        Assert.Equal(
            new DutyDue("T-FIRST", Calendars.Date("2027-01-04"), "5 working days after 2026-12-23 (skipped 2026-12-25, 2026-12-28, 2027-01-01)"),
            due);
    }

    [Fact]
    public void Due_ReleaseBeforeEaster2027_SkipsGoodFridayAndEasterMonday()
    {
        var releaseDate = Calendars.Date("2027-03-24");

        var due = FirstAppointmentRule.Due(releaseDate, NationalStandardsPolicy.Seeded, Calendars.Embedded());

        Assert.Equal(Calendars.Date("2027-04-02"), due.DueDate);
        Assert.Equal("5 working days after 2027-03-24 (skipped 2027-03-26, 2027-03-29)", due.Reason);
    }

    [Fact]
    public void Due_EarlierActualRelease_CountsFromTheActualDate()
    {
        var expected = FirstAppointmentRule.Due(Calendars.Date("2027-06-30"), NationalStandardsPolicy.Seeded, Calendars.Embedded());

        var actual = FirstAppointmentRule.Due(Calendars.Date("2027-06-16"), NationalStandardsPolicy.Seeded, Calendars.Embedded());

        Assert.Equal(Calendars.Date("2027-06-23"), actual.DueDate);
        Assert.True(actual.DueDate < expected.DueDate);
    }
}
