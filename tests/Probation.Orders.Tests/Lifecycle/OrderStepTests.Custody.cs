using Probation.Orders.Activities;
using Probation.Orders.Documents;
using Probation.Orders.Events;
using Probation.Orders.Rules;
using Probation.Orders.Support;
using Probation.Orders.Views;

namespace Probation.Orders.Lifecycle;

public sealed partial class OrderStepTests
{
    [Theory]
    [InlineData("2028-06-30", null, false, "2027-10-16")]
    [InlineData("2028-06-30", "2028-03-31", false, "2027-03-31")]
    [InlineData("2030-06-30", null, true, "2029-06-30")]
    [InlineData("2027-09-30", null, false, null)]
    public void Start_CustodyOrder_HandoverDueByTheSentenceKind(string release, string? parole, bool indeterminate, string? handover)
    {
        // Arrange
        var custody = new CustodyDetails(Calendars.Date(release), Calendars.Date(release).AddYears(1), indeterminate, parole is null ? null : Calendars.Date(parole), new DateOnly(2026, 12, 23), "SWI");

        // Act
        var scenario = PureOrderScenario.Start(Samples.CustodyOrder() with { Custody = custody, LengthMonths = null });

        // Assert
        Assert.Equal(handover is null ? [] : [Calendars.Date(handover)], scenario.Duties(RuleIds.Handover).Select(d => d.DueDate));
    }

    [Fact]
    public void Start_CustodyOrderArrives_CustodyDutiesFromSentenceAndReception()
    {
        // Arrange
        var order = Samples.CustodyOrder();

        // Act
        var scenario = PureOrderScenario.Start(order);

        // Assert
        Assert.Equal(OrderPhase.Custody, scenario.View.Phase);
        Assert.Equal(
            [
                (RuleIds.Allocation, new DateOnly(2026, 12, 30)), (RuleIds.SupervisorAllocation, new DateOnly(2026, 12, 29)),
                (RuleIds.SupervisorContact, new DateOnly(2027, 1, 2)), (RuleIds.CustodyPlan, new DateOnly(2027, 4, 14)),
                (RuleIds.OffenderManagerContact, new DateOnly(2027, 12, 23)), (RuleIds.Handover, new DateOnly(2027, 10, 16)),
                (RuleIds.OrderEnd, new DateOnly(2029, 12, 22)),
            ],
            scenario.View.Duties.Select(d => (d.RuleId, d.DueDate)));
    }

    [Fact]
    public void Wake_NoCommunityOffenderManagerByHandover_ThreeHandoverRemindersThenEscalation()
    {
        // Arrange
        var scenario = PureOrderScenario.Start(Samples.CustodyOrder());
        var handover = scenario.Duty(RuleIds.Handover).DutyId;

        // Act
        scenario.AdvanceTo(new DateOnly(2027, 11, 1));

        // Assert
        Assert.Equal(
            [
                (ReminderKind.Created, new DateOnly(2026, 12, 23)), (ReminderKind.DueSoon, new DateOnly(2027, 8, 21)),
                (ReminderKind.DueSoon, new DateOnly(2027, 10, 16)), (ReminderKind.Overdue, new DateOnly(2027, 10, 30)),
            ],
            scenario.RemindersOf(handover));
        Assert.All(scenario.Reminders.Where(r => r.DutyId == handover), r => Assert.Equal(("S0042", "T07"), (r.StaffId?.Value, r.TeamId?.Value)));
    }

    [Fact]
    public void Receive_CommunityOffenderManagerAllocatedBeforeHandover_HandoverMetWithoutEscalation()
    {
        // Arrange
        var scenario = PureOrderScenario.Start(Samples.CustodyOrder());
        var handover = scenario.Duty(RuleIds.Handover).DutyId;

        // Act
        scenario.RaiseOn(new DateOnly(2027, 9, 1), StaffEventNames.Allocation, StaffEvents.Allocation("S0077", "T12"));
        scenario.AdvanceTo(new DateOnly(2027, 11, 1));

        // Assert
        Assert.Equal((DutyState.Met, (DateOnly?)new DateOnly(2027, 9, 1)), (scenario.Duty(RuleIds.Handover).State, scenario.Duty(RuleIds.Handover).MetOn));
        Assert.Equal([ReminderKind.Created, ReminderKind.DueSoon], scenario.RemindersOf(handover).Select(r => r.Kind));
        Assert.Contains(scenario.Notices, n => n.Kind == StaffNoticeKind.Allocated && n.StaffId?.Value == "S0077");
    }

    [Fact]
    public void Receive_ReceptionWithTheNomsNumberTheCourtDidNotHave_RecordedOnTheTimeline()
    {
        // Arrange
        var order = Samples.CustodyOrder() with { Person = Samples.CustodyOrder().Person with { NomsNumber = null } };
        var scenario = PureOrderScenario.Start(order);

        // Act
        scenario.RaiseOn(
            new DateOnly(2027, 1, 4),
            StaffEventNames.CustodyEvent,
            StaffEvents.Custody(CustodyEventKind.Received, new DateOnly(2027, 1, 4), "SWI") with { NomsNumber = new("A1234BC") });

        // Assert
        Assert.Contains(scenario.Timeline, e => e.Kind == TimelineKind.CustodyMovement && e.Detail == "received into SWI on 2027-01-04, NOMS number A1234BC");
    }

    [Fact]
    public void Receive_PrisonTransfer_SupervisorAllocationReArmedAndTheOffenderManagerNotified()
    {
        // Arrange
        var scenario = PureOrderScenario.Start(Samples.CustodyOrder());
        scenario.RaiseOn(new DateOnly(2026, 12, 24), StaffEventNames.Allocation, StaffEvents.Allocation("S0042", supervisorId: "P0101"));

        // Act
        scenario.RaiseOn(new DateOnly(2027, 1, 11), StaffEventNames.CustodyEvent, StaffEvents.Custody(CustodyEventKind.Transferred, new DateOnly(2027, 1, 11), "LEI"));

        // Assert
        Assert.Equal(
            [(DutyState.Met, new DateOnly(2026, 12, 29)), (DutyState.Open, new DateOnly(2027, 1, 13))],
            scenario.Duties(RuleIds.SupervisorAllocation).Select(d => (d.State, d.DueDate)));
        Assert.Null(scenario.View.Allocation!.SupervisorId);
        var notice = Assert.Single(scenario.Notices, n => n.Kind == StaffNoticeKind.PrisonTransfer);
        Assert.Equal(("S0042", new DateOnly(2027, 1, 11)), (notice.StaffId?.Value, notice.On));
    }
}
