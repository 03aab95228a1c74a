using Probation.Orders.Rules;
using Probation.Orders.Support;

namespace Probation.Orders.Lifecycle;

public sealed class DutyTests
{
    [Fact]
    public void Open_Due_CopiesRuleDateAndReason()
    {
        var due = new DutyDue("T-FIRST", Calendars.Date("2027-01-04"), "5 working days after 2026-12-23");

        var duty = Duty.Open("T-FIRST-1", due);

        Assert.Equal(new Duty("T-FIRST-1", "T-FIRST", Calendars.Date("2027-01-04"), "5 working days after 2026-12-23", DutyState.Open, null), duty);
    }

    [Theory]
    [InlineData("2027-01-04", DutyState.Met)]
    [InlineData("2026-12-30", DutyState.Met)]
    [InlineData("2027-01-05", DutyState.MetLate)]
    public void Meet_Date_MetOrMetLate(string metOn, DutyState expected)
    {
        var duty = Duty.Open("d1", new DutyDue("T-FIRST", Calendars.Date("2027-01-04"), "r"));

        var met = duty.Meet(Calendars.Date(metOn));

        Assert.Equal(expected, met.State);
        Assert.Equal(Calendars.Date(metOn), met.MetOn);
    }

    [Theory]
    [InlineData("2027-01-04", DutyState.Cancelled)]
    [InlineData("2027-01-05", DutyState.Missed)]
    public void Close_Date_CancelledOrMissed(string closedOn, DutyState expected)
    {
        var duty = Duty.Open("d1", new DutyDue("T-FIRST", Calendars.Date("2027-01-04"), "r"));

        var closed = duty.Close(Calendars.Date(closedOn));

        Assert.Equal(expected, closed.State);
        Assert.Null(closed.MetOn);
    }

    [Fact]
    public void Meet_AlreadyMet_Throws()
    {
        var met = Duty.Open("d1", new DutyDue("T-FIRST", Calendars.Date("2027-01-04"), "r")).Meet(Calendars.Date("2027-01-03"));

        Assert.Throws<IllegalTransitionException>(() => met.Meet(Calendars.Date("2027-01-04")));
    }
}
