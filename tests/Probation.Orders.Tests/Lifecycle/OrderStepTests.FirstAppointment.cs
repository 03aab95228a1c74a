using Probation.Orders.Events;
using Probation.Orders.Rules;
using Probation.Orders.Support;

namespace Probation.Orders.Lifecycle;

public sealed partial class OrderStepTests
{
    [Fact]
    public void Start_SentencedJustBeforeChristmas2026_FirstAppointmentDueAfterTheBankHolidays()
    {
        // Arrange
        var order = Samples.CommunityOrder();

        // Act
        var scenario = PureOrderScenario.Start(order);

        // Assert
        var duty = scenario.Duty(RuleIds.FirstAppointment);
        Assert.Equal(new DateOnly(2027, 1, 4), duty.DueDate);
        Assert.Equal("5 working days after 2026-12-23 (skipped 2026-12-25, 2026-12-28, 2027-01-01)", duty.Reason);
        Assert.Equal(DutyState.Open, duty.State);
    }

    [Fact]
    public void Start_SentencedTheWednesdayBeforeEaster2027_FirstAppointmentSkipsGoodFridayAndEasterMonday()
    {
        // Arrange
        var order = Samples.CommunityOrder() with { SentenceDate = new DateOnly(2027, 3, 24) };

        // Act
        var scenario = PureOrderScenario.Start(order);

        // Assert
        var duty = scenario.Duty(RuleIds.FirstAppointment);
        Assert.Equal(new DateOnly(2027, 4, 2), duty.DueDate);
        Assert.Equal("5 working days after 2027-03-24 (skipped 2027-03-26, 2027-03-29)", duty.Reason);
    }

    [Fact]
    public void Receive_FirstAppointmentHeldOnTheDueDate_MetAndNeverEscalated()
    {
        // Arrange
        var scenario = PureOrderScenario.Start(Samples.CommunityOrder());
        var dutyId = scenario.Duty(RuleIds.FirstAppointment).DutyId;

        // Act
        scenario.RaiseOn(new DateOnly(2027, 1, 4), StaffEventNames.Appointment, StaffEvents.Appointment("A1", new DateOnly(2027, 1, 4)));
        scenario.AdvanceTo(new DateOnly(2027, 1, 20));

        // Assert
        var duty = scenario.Duty(RuleIds.FirstAppointment);
        Assert.Equal(DutyState.Met, duty.State);
        Assert.Equal(new DateOnly(2027, 1, 4), duty.MetOn);
        Assert.Equal(
            [(ReminderKind.Created, new DateOnly(2026, 12, 23)), (ReminderKind.DueSoon, new DateOnly(2026, 12, 30))],
            scenario.RemindersOf(dutyId));
    }

    [Fact]
    public void Wake_FirstAppointmentNotHeld_EscalatedToTheOffenderManagerAndTeamOnTheNextWorkingDay()
    {
        // Arrange
        var scenario = PureOrderScenario.Start(Samples.CommunityOrder());
        var dutyId = scenario.Duty(RuleIds.FirstAppointment).DutyId;

        // Act
        scenario.AdvanceTo(new DateOnly(2027, 1, 8));

        // Assert
        Assert.Equal(
            [
                (ReminderKind.Created, new DateOnly(2026, 12, 23)),
                (ReminderKind.DueSoon, new DateOnly(2026, 12, 30)),
                (ReminderKind.Overdue, new DateOnly(2027, 1, 5)),
            ],
            scenario.RemindersOf(dutyId));
        var overdue = scenario.Reminders.Single(r => r.DutyId == dutyId && r.Kind == ReminderKind.Overdue);
        Assert.Equal(("S0042", "T07"), (overdue.StaffId?.Value, overdue.TeamId?.Value));
        Assert.Equal($"ORD-2026-000123:{dutyId}:Overdue:2027-01-05", overdue.ReminderId);
        Assert.Equal(new Policy.PolicyReference("ns-seeded", 1), overdue.Policy);
        Assert.StartsWith("5 working days after 2026-12-23", overdue.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Receive_FirstAppointmentHeldAfterTheEscalation_MetLateAndItsRemindersResolved()
    {
        // Arrange
        var scenario = PureOrderScenario.Start(Samples.CommunityOrder());
        var dutyId = scenario.Duty(RuleIds.FirstAppointment).DutyId;

        // Act
        scenario.RaiseOn(new DateOnly(2027, 1, 6), StaffEventNames.Appointment, StaffEvents.Appointment("A1", new DateOnly(2027, 1, 6)));

        // Assert
        Assert.Equal((DutyState.MetLate, new DateOnly(2027, 1, 6)), (scenario.Duty(RuleIds.FirstAppointment).State, scenario.Duty(RuleIds.FirstAppointment).MetOn));
        Assert.Contains(scenario.Resolved, d => d.DutyId == dutyId && d.State == DutyState.MetLate);
        Assert.Contains(scenario.RemindersOf(dutyId), r => r == (ReminderKind.Overdue, new DateOnly(2027, 1, 5)));
    }
}
