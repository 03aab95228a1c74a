using System.Text.Json;
using Probation.Orders.Activities;
using Probation.Orders.Calendar;
using Probation.Orders.Clock;
using Probation.Orders.Enforcement;
using Probation.Orders.Events;
using Probation.Orders.Lifecycle;
using Probation.Orders.Support;
using Probation.Orders.Views;

namespace Probation.Orders.Orchestrators;

public sealed partial class OrderLifecycleTests
{
    [Fact]
    public async Task RunAsync_StaffEventArrivesWhileWaiting_CancelsTheTimerAppliesTheEventAndContinuesWithTheState()
    {
        // Arrange
        var input = Running(OrderClock.Zero);
        var context = new OrchestrationContextMock(ArrivedAt.AddHours(4));
        var run = context.Run(Orchestrator(), input);
        var timer = Assert.Single(context.Timers);

        // Act
        context.Raise(StaffEventNames.Appointment, Body(Appointment("e1", "A1", "MissedUnexplained")));
        var output = await run;

        // Assert
        Assert.Null(output);
        Assert.True(timer.Token.IsCancellationRequested);
        Assert.True(timer.Completion.Task.IsCanceled);
        var letter = Assert.Single(context.StepOutput.Letters);
        Assert.Equal(("warning-A1", "A1", new DateOnly(2026, 12, 23)), (letter.WarningId, letter.AppointmentId.Value, letter.IssuedOn));
        var publication = Assert.IsType<OrderViewPublication>(context.StepOutput.View);
        Assert.Contains(publication.NewTimeline, e => e.Kind == TimelineKind.AppointmentRecorded && e.At == ArrivedAt.AddHours(4));
        Assert.All(context.Activities, AssertRetried);
        var continued = Continued(context);
        Assert.Equal("e1", continued.State!.ProcessedEventIds[^1].Value);
        Assert.Equal(WarningState.Standing, Assert.Single(continued.State.Enforcement.Warnings).State);
        Assert.Empty(continued.Pending!);
        Assert.Equal(OrderClock.Zero, continued.Clock);
        Assert.True(context.IsWaitingFor(StaffEventNames.Appointment));
    }

    [Fact]
    public async Task RunAsync_EventsQueuedFromThePreviousExecution_TakesTheOldestAtOnceAndCarriesTheRest()
    {
        // Arrange
        var first = new PendingEvent(StaffEventNames.Appointment, Body(Appointment("e1", "A1", "Attended")));
        var second = new PendingEvent(StaffEventNames.Appointment, Body(Appointment("e2", "A2", "Attended")));
        var input = Running(OrderClock.Zero, [first, second]);
        var context = new OrchestrationContextMock(ArrivedAt.AddHours(4));

        // Act
        var run = context.Run(Orchestrator(), input);

        // Assert
        Assert.True(run.IsCompletedSuccessfully);
        Assert.Empty(context.Timers);
        Assert.False(Assert.IsType<OrderStatus>(context.Statuses[0]).Idle);
        var continued = Continued(context);
        Assert.Equal("e1", continued.State!.ProcessedEventIds[^1].Value);
        Assert.DoesNotContain(continued.State.ProcessedEventIds, id => id.Value == "e2");
        Assert.Same(second, Assert.Single(continued.Pending!));
    }

    [Fact]
    public async Task RunAsync_WakeUpDueAndEventsQueued_WakesFirstAndCarriesTheEvents()
    {
        // Arrange
        var queued = new PendingEvent(StaffEventNames.Appointment, Body(Appointment("e1", "A1", "Attended")));
        var input = Running(OrderClock.Zero, [queued]);
        var wakeOn = input.State!.NextWakeOn()!.Value;
        var context = new OrchestrationContextMock(LondonTime.WakeUpOn(wakeOn).AddHours(4));

        // Act
        await context.Run(Orchestrator(), input);

        // Assert
        var continued = Continued(context);
        Assert.Equal(Json(Woken(input.State, LondonTime.WakeUpOn(wakeOn))), Json(continued.State));
        Assert.Same(queued, Assert.Single(continued.Pending!));
    }

    [Fact]
    public async Task RunAsync_EventsArriveWhileTheStepSends_CarriedAfterTheQueuedOnesInArrivalOrder()
    {
        // Arrange
        var second = new PendingEvent(StaffEventNames.Appointment, Body(Appointment("e2", "A2", "Attended")));
        var input = Running(OrderClock.Zero, [new PendingEvent(StaffEventNames.Appointment, Body(Appointment("e1", "A1", "Attended"))), second]);
        var context = new OrchestrationContextMock(ArrivedAt.AddHours(4)) { HoldActivities = true };
        var run = context.Run(Orchestrator(), input);
        var review = Body("""{ "eventId": "e3", "staffId": "S0042", "completedOn": "2026-12-23" }""");

        // Act
        context.Raise(StaffEventNames.Review, review);
        context.CompleteActivities();
        await run;

        // Assert
        Assert.Equal([second, new PendingEvent(StaffEventNames.Review, review)], Continued(context).Pending!);
        Assert.Empty(context.SentEvents);
    }

    [Fact]
    public async Task RunAsync_EventArrivesAfterTheExecutionContinuedAsNew_SentBackToTheInstance()
    {
        // Arrange
        var input = Running(OrderClock.Zero, [new PendingEvent(StaffEventNames.Appointment, Body(Appointment("e1", "A1", "Attended")))]);
        var context = new OrchestrationContextMock(ArrivedAt.AddHours(4));
        await context.Run(Orchestrator(), input);
        var late = Body(Appointment("e2", "A2", "Attended"));

        // Act
        context.Raise(StaffEventNames.Appointment, late);

        // Assert
        var sent = Assert.Single(context.SentEvents);
        Assert.Equal((OrchestrationContextMock.InstanceId, StaffEventNames.Appointment), (sent.InstanceId, sent.Name));
        Assert.Equal(late, Assert.IsType<JsonElement>(sent.Payload));
        Assert.Empty(Continued(context).Pending!);
    }

    [Fact]
    public async Task RunAsync_TerminationArrives_EndsTheOrderWithoutContinuingAsNew()
    {
        // Arrange
        var input = Running(OrderClock.Zero);
        var context = new OrchestrationContextMock(ArrivedAt.AddHours(4));
        var run = context.Run(Orchestrator(), input);
        var timer = Assert.Single(context.Timers);

        // Act
        context.Raise(StaffEventNames.Termination, Body("""
            { "eventId": "e9", "staffId": "S0042", "outcome": "Revoked", "date": "2026-12-23", "reason": "transferred to Scotland" }
            """));
        var output = await run;

        // Assert
        Assert.Equal(new OrderEnded(input.Order.OrderId, OrderOutcomeKind.Revoked, new DateOnly(2026, 12, 23)), output);
        Assert.Empty(context.ContinuedAsNew);
        Assert.True(timer.Completion.Task.IsCanceled);
        var resolved = Assert.IsType<ResolveRemindersInput>(context.StepOutput.Resolutions);
        Assert.NotEmpty(resolved.Duties);
        Assert.All(resolved.Duties, d => Assert.Equal(DutyState.Cancelled, d.State));
        Assert.Equal(OrderPhase.Ended, Assert.IsType<OrderStatus>(context.Statuses[^1]).Phase);
    }

    [Fact]
    public async Task RunAsync_UnreadableStaffEvent_RejectedOnTheTimelineAndTheOrderContinues()
    {
        // Arrange
        var input = Running(OrderClock.Zero, [new PendingEvent(StaffEventNames.Appointment, Body("""{ "eventId": "e1", "outcome": 7 }"""))]);
        var context = new OrchestrationContextMock(ArrivedAt.AddHours(4));

        // Act
        await context.Run(Orchestrator(), input);

        // Assert
        var publication = Assert.IsType<OrderViewPublication>(context.StepOutput.View);
        Assert.Equal(TimelineKind.EventRejected, Assert.Single(publication.NewTimeline).Kind);
        Assert.Equal(input.State!.Phase, Continued(context).State!.Phase);
    }

    /// <summary>An appointments body as API.md shows it.</summary>
    private static string Appointment(string eventId, string appointmentId, string outcome) => $$"""
        { "eventId": "{{eventId}}", "staffId": "S0042", "appointmentId": "{{appointmentId}}", "date": "2026-12-23", "kind": "Supervision", "outcome": "{{outcome}}" }
        """;
}
