using Durable;
using Probation.Orders.Events;
using Probation.Orders.Lifecycle;
using Probation.Orders.Rules;
using Probation.Orders.Support;

namespace Probation.Orders.Orchestrators;

public sealed partial class OrderLifecycleTests
{
    [Fact]
    public async Task RunAsync_OrderRevoked_EveryOpenDutyCancelledItsRemindersResolvedAndTheInstanceCompleted()
    {
        // Arrange
        await using var scenario = await OrderScenario.StartAsync(Samples.CommunityOrder() with { SentenceDate = JanuaryFourth2027 });
        await scenario.RaiseOnAsync(new DateOnly(2027, 1, 5), StaffEventNames.Appointment, StaffEvents.Appointment("A1", new DateOnly(2027, 1, 5)));
        var open = scenario.View.Duties.Where(d => d.State == DutyState.Open).Select(d => d.DutyId).ToList();

        // Act
        await scenario.RaiseOnAsync(new DateOnly(2027, 1, 20), StaffEventNames.Termination, StaffEvents.Termination(TerminationOutcome.Revoked, new DateOnly(2027, 1, 20)));

        // Assert
        Assert.Equal(5, open.Count);
        Assert.All(open, id => Assert.Equal(DutyState.Cancelled, scenario.View.Duties.Single(d => d.DutyId == id).State));
        Assert.Equal(open.Order(), scenario.Activities.Resolved.Where(d => d.State == DutyState.Cancelled).Select(d => d.DutyId).Order());
        Assert.Equal((OrderPhase.Ended, OrderOutcomeKind.Revoked), (scenario.View.Phase, scenario.View.Outcome?.Outcome));
        var instance = await scenario.InstanceAsync();
        Assert.Equal(OrchestrationRuntimeStatus.Completed, instance!.RuntimeStatus);
        Assert.Equal(new OrderEnded(scenario.Order.OrderId, OrderOutcomeKind.Revoked, new DateOnly(2027, 1, 20)), instance.ReadOutputAs<OrderEnded>());
    }

    [Fact]
    public async Task RunAsync_EventAfterTheOrderEnded_RefusedAsAConflict()
    {
        // Arrange
        await using var scenario = await OrderScenario.StartAsync(Samples.CommunityOrder());
        await scenario.RaiseAsync(StaffEventNames.Termination, StaffEvents.Termination(TerminationOutcome.Terminated, new DateOnly(2026, 12, 23)));

        // Act
        var raising = scenario.Host.Client.RaiseEventAsync(scenario.InstanceId, StaffEventNames.Review, StaffEvents.Review(new DateOnly(2026, 12, 23)));

        // Assert
        await Assert.ThrowsAsync<OrchestrationStatusConflictException>(() => raising);
    }

    [Fact]
    public async Task RunAsync_CommunityOrderReachesItsEndDate_CompletedWithTheEndReminderFourWeeksBefore()
    {
        // Arrange
        await using var scenario = await OrderScenario.StartAsync(Samples.CommunityOrder() with { SentenceDate = JanuaryFourth2027 });
        var end = scenario.Duty(RuleIds.OrderEnd);

        // Act
        await scenario.AdvanceToAsync(new DateOnly(2028, 1, 6));

        // Assert
        Assert.Equal(new DateOnly(2028, 1, 4), end.DueDate);
        Assert.Equal([(ReminderKind.Created, JanuaryFourth2027), (ReminderKind.DueSoon, new DateOnly(2027, 12, 7))], scenario.RemindersOf(end.DutyId));
        Assert.Equal((DutyState.Met, (DateOnly?)new DateOnly(2028, 1, 4)), (scenario.Duty(RuleIds.OrderEnd).State, scenario.Duty(RuleIds.OrderEnd).MetOn));
        Assert.Equal((OrderPhase.Ended, OrderOutcomeKind.Completed), (scenario.View.Phase, scenario.View.Outcome?.Outcome));
        Assert.Equal(OrchestrationRuntimeStatus.Completed, (await scenario.InstanceAsync())!.RuntimeStatus);
    }
}
