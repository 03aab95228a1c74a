using Probation.Orders.Documents;
using Probation.Orders.Enforcement;
using Probation.Orders.Events;
using Probation.Orders.Identifiers;
using Probation.Orders.Rules;
using Probation.Orders.Support;
using Probation.Orders.Views;

namespace Probation.Orders.Lifecycle;

public sealed partial class OrderStepTests
{
    [Fact]
    public void Receive_SameEventIdTwice_HasEffectOnce()
    {
        // Arrange
        var scenario = EnforcementScenario();
        var failure = StaffEvents.Appointment("A1", FirstFailure, AppointmentOutcome.MissedUnexplained);
        scenario.AdvanceTo(FirstFailure);
        scenario.Raise(StaffEventNames.Appointment, failure);

        // Act
        var repeated = scenario.Raise(StaffEventNames.Appointment, failure);

        // Assert
        Assert.Equal((null, null), (repeated.View, repeated.Rejection));
        Assert.Single(scenario.Letters);
        Assert.Single(scenario.Timeline, e => e.Kind == TimelineKind.AppointmentRecorded);
        Assert.Null(scenario.State.Outcome);
    }

    [Fact]
    public void Receive_EventsOneAfterAnotherAtTheSameTime_AppliedInTheOrderReceived()
    {
        // Arrange
        var scenario = EnforcementScenario();
        scenario.AdvanceTo(FirstFailure);

        // Act
        scenario.Raise(StaffEventNames.Appointment, StaffEvents.Appointment("A1", FirstFailure, AppointmentOutcome.MissedUnexplained));
        scenario.Raise(StaffEventNames.Explanation, StaffEvents.Explanation("A1", FirstFailure, acceptable: true));
        scenario.Raise(StaffEventNames.Review, StaffEvents.Review(FirstFailure));

        // Assert
        Assert.Equal(WarningState.Withdrawn, Assert.Single(scenario.View.Warnings).State);
        Assert.Equal(
            [TimelineKind.AppointmentRecorded, TimelineKind.WarningIssued, TimelineKind.ExplanationRecorded, TimelineKind.WarningWithdrawn, TimelineKind.ReviewCompleted],
            scenario.Timeline.OrderBy(e => e.Sequence).Skip(1).Select(e => e.Kind));
    }

    [Fact]
    public void Receive_EventBeforeTheDaysWakeUpHour_TheWakeUpDueThatDayComesFirst()
    {
        // Arrange
        var scenario = PureOrderScenario.Start(Samples.CommunityOrder());
        var dutyId = scenario.Duty(RuleIds.FirstAppointment).DutyId;
        scenario.AdvanceTo(new DateOnly(2027, 1, 5), hourUtc: 5);

        // Act
        scenario.Raise(StaffEventNames.Appointment, StaffEvents.Appointment("A1", new DateOnly(2027, 1, 5)));

        // Assert
        Assert.Equal(ReminderKind.Overdue, scenario.RemindersOf(dutyId)[^1].Kind);
        Assert.Equal(DutyState.MetLate, scenario.Duty(RuleIds.FirstAppointment).State);
    }

    [Fact]
    public void Receive_ReleaseOfACommunityOrder_RejectedWithoutEffectAndTheOrderCarriesOn()
    {
        // Arrange
        var scenario = PureOrderScenario.Start(Samples.CommunityOrder());
        var before = scenario.View;

        // Act
        var result = scenario.Raise(StaffEventNames.CustodyEvent, StaffEvents.Custody(CustodyEventKind.Released, new DateOnly(2026, 12, 23)));
        scenario.RaiseOn(new DateOnly(2027, 1, 4), StaffEventNames.Appointment, StaffEvents.Appointment("A1", new DateOnly(2027, 1, 4)));

        // Assert
        Assert.Equal("a Community order is not in custody, so it cannot be released", result.Rejection);
        var rejected = Assert.Single(scenario.Timeline, e => e.Kind == TimelineKind.EventRejected);
        Assert.EndsWith("rejected: a Community order is not in custody, so it cannot be released", rejected.Detail, StringComparison.Ordinal);
        Assert.Equal(before.Phase, scenario.View.Phase);
        Assert.Equal(DutyState.Met, scenario.Duty(RuleIds.FirstAppointment).State);
    }

    [Fact]
    public void Receive_EventWhoseBodyCouldNotBeRead_RejectedAndTheOrderCarriesOn()
    {
        // Arrange
        var scenario = PureOrderScenario.Start(Samples.CommunityOrder());
        var unreadable = new ReceivedEvent(StaffEventNames.Appointment, null, "the body is not a Appointment event");

        // Act
        scenario.Receive(unreadable);
        scenario.Raise(StaffEventNames.Plan, StaffEvents.Plan(new DateOnly(2026, 12, 23)));

        // Assert
        var rejected = Assert.Single(scenario.Timeline, e => e.Kind == TimelineKind.EventRejected);
        Assert.Equal(("unknown", "Appointment event (unreadable) rejected: the body is not a Appointment event"), (rejected.By, rejected.Detail));
        Assert.Equal(DutyState.Met, scenario.Duty(RuleIds.SentencePlan).State);
    }

    [Fact]
    public void Receive_BreachDecisionWithNoBreachDue_RejectedWithoutEffect()
    {
        // Arrange
        var scenario = PureOrderScenario.Start(Samples.CommunityOrder());

        // Act
        scenario.Raise(StaffEventNames.BreachDecision, StaffEvents.BreachDecision(BreachDecision.InitiateBreach, new DateOnly(2026, 12, 23)));

        // Assert
        Assert.Contains(scenario.Timeline, e => e.Kind == TimelineKind.EventRejected && e.Detail.EndsWith("no breach is awaiting a decision", StringComparison.Ordinal));
        Assert.Empty(scenario.View.Breaches);
    }

    [Fact]
    public void Start_CommunityOrder_StatusHoldsPhaseTierAndTheNextDuty()
    {
        // Arrange
        var order = Samples.CommunityOrder();

        // Act
        var scenario = PureOrderScenario.Start(order);

        // Assert
        Assert.Equal(new OrderStatus(OrderPhase.Community, 3, new NextDuty(RuleIds.FirstAppointment, new DateOnly(2027, 1, 4))), OrderStatus.Of(scenario.State));
    }

    [Fact]
    public void Receive_ThreeYearsOfWeeklyAppointmentsOnLicence_EveryOneAppliedAndOnlyTheLatestEventIdsCarried()
    {
        // Arrange
        var custody = new CustodyDetails(JanuaryFourth2027, new DateOnly(2030, 1, 4), false, null, new DateOnly(2026, 12, 23), "SWI");
        var scenario = PureOrderScenario.Start(Samples.CustodyOrder() with { Custody = custody, LengthMonths = null });
        scenario.RaiseOn(JanuaryFourth2027, StaffEventNames.CustodyEvent, StaffEvents.Custody(CustodyEventKind.Released, JanuaryFourth2027));
        var last = default(EventId);

        // Act
        for (var week = 0; week < 156; week++)
        {
            var date = JanuaryFourth2027.AddDays(1 + (7 * week));
            var appointment = StaffEvents.Appointment($"W{week}", date);
            scenario.RaiseOn(date, StaffEventNames.Appointment, appointment);
            last = appointment.EventId;
        }

        // Assert
        Assert.Equal(156, scenario.Timeline.Count(e => e.Kind == TimelineKind.AppointmentRecorded));
        Assert.Equal(OrderState.ProcessedEventIdLimit, scenario.State.ProcessedEventIds.Count);
        Assert.Equal(last, scenario.State.ProcessedEventIds[^1]);
        Assert.Null(scenario.State.Outcome);
    }
}
