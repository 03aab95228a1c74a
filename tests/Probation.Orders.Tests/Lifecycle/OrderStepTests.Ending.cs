using Probation.Orders.Events;
using Probation.Orders.Rules;
using Probation.Orders.Support;
using Probation.Orders.Views;

namespace Probation.Orders.Lifecycle;

public sealed partial class OrderStepTests
{
    [Fact]
    public void Receive_OrderRevoked_EveryOpenDutyCancelledItsRemindersResolvedAndTheOrderEnded()
    {
        // Arrange
        var scenario = PureOrderScenario.Start(Samples.CommunityOrder() with { SentenceDate = JanuaryFourth2027 });
        scenario.RaiseOn(new DateOnly(2027, 1, 5), StaffEventNames.Appointment, StaffEvents.Appointment("A1", new DateOnly(2027, 1, 5)));
        var open = scenario.View.Duties.Where(d => d.State == DutyState.Open).Select(d => d.DutyId).ToList();

        // Act
        scenario.RaiseOn(new DateOnly(2027, 1, 20), StaffEventNames.Termination, StaffEvents.Termination(TerminationOutcome.Revoked, new DateOnly(2027, 1, 20)));

        // Assert
        Assert.Equal(5, open.Count);
        Assert.All(open, id => Assert.Equal(DutyState.Cancelled, scenario.View.Duties.Single(d => d.DutyId == id).State));
        Assert.Equal(open.Order(), scenario.Resolved.Where(d => d.State == DutyState.Cancelled).Select(d => d.DutyId).Order());
        Assert.Equal((OrderPhase.Ended, OrderOutcomeKind.Revoked), (scenario.View.Phase, scenario.View.Outcome?.Outcome));
        Assert.Equal((OrderOutcomeKind.Revoked, new DateOnly(2027, 1, 20)), (scenario.State.Outcome?.Outcome, scenario.State.Outcome?.Date));
    }

    [Fact]
    public void Receive_EventAfterTheOrderEnded_RejectedAsAConflict()
    {
        // Arrange
        var scenario = PureOrderScenario.Start(Samples.CommunityOrder());
        scenario.Raise(StaffEventNames.Termination, StaffEvents.Termination(TerminationOutcome.Terminated, new DateOnly(2026, 12, 23)));
        var review = StaffEvents.Review(new DateOnly(2026, 12, 23));

        // Act
        var result = scenario.Raise(StaffEventNames.Review, review);

        // Assert
        Assert.Equal("the order has ended", result.Rejection);
        Assert.Equal("the order has ended", EventAdmission.Check(scenario.View, review).Conflict);
        Assert.DoesNotContain(scenario.Timeline, e => e.Kind == TimelineKind.ReviewCompleted);
        Assert.Equal(OrderPhase.Ended, scenario.State.Phase);
    }

    [Fact]
    public void Wake_CommunityOrderReachesItsEndDate_CompletedWithTheEndReminderFourWeeksBefore()
    {
        // Arrange
        var scenario = PureOrderScenario.Start(Samples.CommunityOrder() with { SentenceDate = JanuaryFourth2027 });
        var end = scenario.Duty(RuleIds.OrderEnd);

        // Act
        scenario.AdvanceTo(new DateOnly(2028, 1, 6));

        // Assert
        Assert.Equal(new DateOnly(2028, 1, 4), end.DueDate);
        Assert.Equal([(ReminderKind.Created, JanuaryFourth2027), (ReminderKind.DueSoon, new DateOnly(2027, 12, 7))], scenario.RemindersOf(end.DutyId));
        Assert.Equal((DutyState.Met, (DateOnly?)new DateOnly(2028, 1, 4)), (scenario.Duty(RuleIds.OrderEnd).State, scenario.Duty(RuleIds.OrderEnd).MetOn));
        Assert.Equal((OrderPhase.Ended, OrderOutcomeKind.Completed), (scenario.View.Phase, scenario.View.Outcome?.Outcome));
        Assert.Equal(new DateOnly(2028, 1, 4), scenario.State.Outcome?.Date);
    }
}
