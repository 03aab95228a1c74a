using System.Text.Json;
using Durable;
using Probation.Orders.Events;
using Probation.Orders.Lifecycle;
using Probation.Orders.Rules;
using Probation.Orders.Support;
using Probation.Orders.Views;

namespace Probation.Orders.Orchestrators;

public sealed partial class OrderLifecycleTests
{
    [Fact]
    public async Task RunAsync_SameEventIdTwice_HasEffectOnce()
    {
        // Arrange
        await using var scenario = await EnforcementScenarioAsync();
        var failure = StaffEvents.Appointment("A1", FirstFailure, AppointmentOutcome.MissedUnexplained);
        await scenario.AdvanceToAsync(FirstFailure);

        // Act
        await scenario.RaiseAsync(StaffEventNames.Appointment, failure);
        await scenario.RaiseAsync(StaffEventNames.Appointment, failure);

        // Assert
        Assert.Single(scenario.Activities.Letters);
        Assert.Single(scenario.Activities.Timeline, e => e.Kind == TimelineKind.AppointmentRecorded);
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await scenario.InstanceAsync())!.RuntimeStatus);
    }

    [Fact]
    public async Task RunAsync_EventsRaisedTogether_AppliedInArrivalOrder()
    {
        // Arrange
        await using var scenario = await EnforcementScenarioAsync();
        await scenario.AdvanceToAsync(FirstFailure);

        // Act
        await scenario.Host.Client.RaiseEventAsync(scenario.InstanceId, StaffEventNames.Appointment, StaffEvents.Appointment("A1", FirstFailure, AppointmentOutcome.MissedUnexplained));
        await scenario.Host.Client.RaiseEventAsync(scenario.InstanceId, StaffEventNames.Explanation, StaffEvents.Explanation("A1", FirstFailure, acceptable: true));
        await scenario.Host.Client.RaiseEventAsync(scenario.InstanceId, StaffEventNames.Review, StaffEvents.Review(FirstFailure));
        await scenario.Host.WaitForIdleAsync();

        // Assert
        Assert.Equal(Enforcement.WarningState.Withdrawn, Assert.Single(scenario.View.Warnings).State);
        Assert.Equal(
            [TimelineKind.AppointmentRecorded, TimelineKind.WarningIssued, TimelineKind.ExplanationRecorded, TimelineKind.WarningWithdrawn, TimelineKind.ReviewCompleted],
            scenario.Activities.Timeline.OrderBy(e => e.Sequence).Skip(1).Select(e => e.Kind));
    }

    [Fact]
    public async Task RunAsync_ReleaseOfACommunityOrder_RejectedWithoutEffectAndTheOrderCarriesOn()
    {
        // Arrange
        await using var scenario = await OrderScenario.StartAsync(Samples.CommunityOrder());
        var before = scenario.View;

        // Act
        await scenario.RaiseAsync(StaffEventNames.CustodyEvent, StaffEvents.Custody(CustodyEventKind.Released, new DateOnly(2026, 12, 23)));
        await scenario.RaiseOnAsync(new DateOnly(2027, 1, 4), StaffEventNames.Appointment, StaffEvents.Appointment("A1", new DateOnly(2027, 1, 4)));

        // Assert
        var rejected = Assert.Single(scenario.Activities.Timeline, e => e.Kind == TimelineKind.EventRejected);
        Assert.EndsWith("rejected: a Community order is not in custody, so it cannot be released", rejected.Detail, StringComparison.Ordinal);
        Assert.Equal(before.Phase, scenario.View.Phase);
        Assert.Equal(DutyState.Met, scenario.Duty(RuleIds.FirstAppointment).State);
    }

    [Fact]
    public async Task RunAsync_EventBodyThatIsNotItsEvent_RejectedAndTheOrderCarriesOn()
    {
        // Arrange
        await using var scenario = await OrderScenario.StartAsync(Samples.CommunityOrder());
        var body = JsonDocument.Parse("""{ "eventId": "x1", "staffId": "S0042", "date": "not a date" }""").RootElement;

        // Act
        await scenario.RaiseAsync(StaffEventNames.Appointment, body);
        await scenario.RaiseAsync(StaffEventNames.Plan, StaffEvents.Plan(new DateOnly(2026, 12, 23)));

        // Assert
        Assert.Contains(scenario.Activities.Timeline, e => e.Kind == TimelineKind.EventRejected && e.Detail.EndsWith("the body is not a Appointment event", StringComparison.Ordinal));
        Assert.Equal(DutyState.Met, scenario.Duty(RuleIds.SentencePlan).State);
    }

    [Fact]
    public async Task RunAsync_BreachDecisionWithNoBreachDue_RejectedWithoutEffect()
    {
        // Arrange
        await using var scenario = await OrderScenario.StartAsync(Samples.CommunityOrder());

        // Act
        await scenario.RaiseAsync(StaffEventNames.BreachDecision, StaffEvents.BreachDecision(BreachDecision.InitiateBreach, new DateOnly(2026, 12, 23)));

        // Assert
        Assert.Contains(scenario.Activities.Timeline, e => e.Kind == TimelineKind.EventRejected && e.Detail.EndsWith("no breach is awaiting a decision", StringComparison.Ordinal));
        Assert.Empty(scenario.View.Breaches);
    }

    [Fact]
    public async Task RunAsync_AfterEachStep_CustomStatusHoldsPhaseTierAndTheNextDuty()
    {
        // Arrange and act
        await using var scenario = await OrderScenario.StartAsync(Samples.CommunityOrder());

        // Assert
        var status = (await scenario.InstanceAsync())!.ReadCustomStatusAs<OrderStatus>();
        Assert.Equal(new OrderStatus(OrderPhase.Community, 3, new NextDuty(RuleIds.FirstAppointment, new DateOnly(2027, 1, 4))), status);
    }
}
