using Probation.Orders.Lifecycle;
using Probation.Orders.Support;

namespace Probation.Orders.Views;

/// <summary>The caseload's next duty and its working days left, over the embedded England and Wales calendar.</summary>
public sealed class DutyCountdownTests
{
    private static readonly Duty FirstAppointment = new("T-FIRST:1", "T-FIRST", Calendars.Date("2027-01-04"), "5 working days", DutyState.Open, null);
    private static readonly Duty Plan = new("T-PLAN:2", "T-PLAN", Calendars.Date("2027-01-18"), "15 working days", DutyState.Open, null);
    private static readonly Duty Allocation = new("T-ALLOC:0", "T-ALLOC", Calendars.Date("2026-12-30"), "3 working days", DutyState.Met, Calendars.Date("2026-12-23"));

    [Fact]
    public void Next_OverChristmas_CountsOnlyWorkingDaysToTheSoonestOpenDuty()
    {
        // Act: 23 December 2026; Christmas, the Boxing Day substitute (28th) and New Year's Day are not counted.
        var countdown = DutyCountdown.Next([Plan, Allocation, FirstAppointment], Calendars.Date("2026-12-23"), Calendars.Embedded());

        // Assert: the met allocation is passed over although due sooner.
        Assert.Equal(FirstAppointment, countdown!.Duty);
        Assert.Equal(5, countdown.WorkingDaysLeft);
        Assert.False(countdown.IsOverdue);
    }

    [Fact]
    public void Next_OnTheDueDate_IsZeroAndNotOverdue()
    {
        // Act
        var countdown = DutyCountdown.Next([FirstAppointment], Calendars.Date("2027-01-04"), Calendars.Embedded());

        // Assert
        Assert.Equal(0, countdown!.WorkingDaysLeft);
        Assert.False(countdown.IsOverdue);
    }

    [Fact]
    public void Next_AfterTheDueDate_IsNegativeAndOverdue()
    {
        // Act: Thursday 7 January 2027, three working days after Monday the 4th.
        var countdown = DutyCountdown.Next([FirstAppointment], Calendars.Date("2027-01-07"), Calendars.Embedded());

        // Assert
        Assert.Equal(-3, countdown!.WorkingDaysLeft);
        Assert.True(countdown.IsOverdue);
    }

    [Fact]
    public void Next_NoOpenDuty_IsNull()
    {
        // Act + Assert
        Assert.Null(DutyCountdown.Next([Allocation], Calendars.Date("2026-12-23"), Calendars.Embedded()));
    }
}
