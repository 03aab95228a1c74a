using System.Text.Json;
using Microsoft.DurableTask;
using Probation.Orders.Activities;
using Probation.Orders.Calendar;
using Probation.Orders.Clock;
using Probation.Orders.Events;
using Probation.Orders.Lifecycle;
using Probation.Orders.Policy;
using Probation.Orders.Rules;
using Probation.Orders.Support;
using Probation.Orders.Validation;
using Probation.Orders.Views;

namespace Probation.Orders.Orchestrators;

/// <summary>
/// <see cref="OrderLifecycle"/>'s decisions, one execution per test, over a mocked <see cref="TaskOrchestrationContext"/>:
/// what it waits for, when its timer fires, what it sends and what it carries into the next execution. Partial files
/// group staff events and the business clock.
/// </summary>
public sealed partial class OrderLifecycleTests
{
    /// <summary>The business instant the sample order reaches probation: 10:00 on its sentence date, 2026-12-23.</summary>
    private static readonly DateTime ArrivedAt = new(2026, 12, 23, 10, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(0)]
    [InlineData(16)]
    public async Task RunAsync_OrderArrives_StartsItSendsTheStepsOutputAndContinuesAsNewWithTheState(int offsetDays)
    {
        // Arrange
        var clock = new OrderClock(TimeSpan.FromDays(offsetDays));
        var input = new OrderLifecycleInput(Samples.CommunityOrder(), NationalStandardsPolicy.Seeded, Clock: clock);
        var context = new OrchestrationContextMock(ArrivedAt - clock.Offset);

        // Act
        var output = await context.Run(Orchestrator(), input);

        // Assert
        Assert.Null(output);
        Assert.Equal([OrderActivityNames.RecordOrderStep], context.Activities.Select(a => a.Name));
        var reminders = Assert.IsType<SendRemindersInput>(context.StepOutput.Reminders).Reminders;
        var first = Assert.Single(reminders, r => r.RuleId == RuleIds.FirstAppointment);
        Assert.Equal((ReminderKind.Created, new DateOnly(2027, 1, 4), ArrivedAt), (first.Kind, first.DueDate, first.CreatedAt));
        Assert.All(reminders, r => Assert.Equal((ReminderKind.Created, "S0042"), (r.Kind, r.StaffId?.Value)));
        var publication = Assert.IsType<OrderViewPublication>(context.StepOutput.View);
        Assert.Equal((OrderPhase.Community, 1, ArrivedAt), (publication.View.Phase, publication.View.Revision, publication.View.UpdatedAt));
        Assert.Equal(TimelineKind.OrderReceived, publication.NewTimeline[0].Kind);
        Assert.All(context.Activities, AssertRetried);
        var status = Assert.IsType<OrderStatus>(Assert.Single(context.Statuses));
        Assert.Equal((OrderPhase.Community, 3, clock, false), (status.Phase, status.Tier, status.Clock, status.Idle));
        var continued = Continued(context);
        Assert.Equal((input.Order, input.Policy, clock), (continued.Order, continued.Policy, continued.Clock));
        Assert.Equal(publication.View.Duties.Count, continued.State?.Duties.Count);
        Assert.Empty(continued.Pending!);
        Assert.Empty(context.Timers);
    }

    [Fact]
    public async Task RunAsync_OrderArrivesWithoutAClock_ContinuesWithTheZeroClock()
    {
        // Arrange
        var input = new OrderLifecycleInput(Samples.CommunityOrder(), NationalStandardsPolicy.Seeded);
        var context = new OrchestrationContextMock(ArrivedAt);

        // Act
        await context.Run(Orchestrator(), input);

        // Assert
        Assert.Equal(OrderClock.Zero, Continued(context).Clock);
        Assert.Equal(OrderClock.Zero, Assert.IsType<OrderStatus>(Assert.Single(context.Statuses)).Clock);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(16)]
    public void RunAsync_NothingDueAndNothingQueued_IdleWithATimerForTheNextWakeUpInOrchestrationTime(int offsetDays)
    {
        // Arrange
        var clock = new OrderClock(TimeSpan.FromDays(offsetDays), "m1");
        var input = Running(clock);
        var wakeOn = input.State!.NextWakeOn()!.Value;
        var context = new OrchestrationContextMock(ArrivedAt.AddHours(2) - clock.Offset);

        // Act
        var run = context.Run(Orchestrator(), input);

        // Assert
        Assert.False(run.IsCompleted);
        Assert.Equal(new DateOnly(2026, 12, 30), wakeOn);
        Assert.Equal(LondonTime.WakeUpOn(wakeOn) - clock.Offset, Assert.Single(context.Timers).FireAt);
        var status = Assert.IsType<OrderStatus>(Assert.Single(context.Statuses));
        Assert.Equal((clock, true), (status.Clock, status.Idle));
        Assert.True(context.IsWaitingFor(ClockMoved.EventName));
        Assert.All(StaffEventNames.All, e => Assert.True(context.IsWaitingFor(e.Key)));
        Assert.Empty(context.Activities);
        Assert.Empty(context.ContinuedAsNew);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(16)]
    public async Task RunAsync_WakeUpTimerFires_WakesAtTheWakeUpInstantAndContinuesWithTheNewState(int offsetDays)
    {
        // Arrange
        var clock = new OrderClock(TimeSpan.FromDays(offsetDays), "m1");
        var input = Running(clock);
        var wakeOn = input.State!.NextWakeOn()!.Value;
        var context = new OrchestrationContextMock(ArrivedAt.AddHours(2) - clock.Offset);
        var run = context.Run(Orchestrator(), input);

        // Act
        context.Fire(context.Timers[0]);
        var output = await run;

        // Assert
        Assert.Null(output);
        var reminders = Assert.IsType<SendRemindersInput>(context.StepOutput.Reminders).Reminders;
        Assert.NotEmpty(reminders);
        Assert.All(reminders, r => Assert.Equal(LondonTime.WakeUpOn(wakeOn), r.CreatedAt));
        Assert.All(context.Activities, AssertRetried);
        var continued = Continued(context);
        Assert.Equal(Json(Woken(input.State, LondonTime.WakeUpOn(wakeOn))), Json(continued.State));
        Assert.True(continued.State!.NextWakeOn() > wakeOn);
        Assert.Equal((clock, 0), (continued.Clock, continued.Pending!.Count));
        Assert.False(Assert.IsType<OrderStatus>(context.Statuses[^1]).Idle);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(16)]
    public async Task RunAsync_WakeUpAlreadyDue_WakesAtOnceAtTheWakeUpInstantWithoutTimerOrWait(int offsetDays)
    {
        // Arrange
        var clock = new OrderClock(TimeSpan.FromDays(offsetDays));
        var input = Running(clock);
        var wakeOn = input.State!.NextWakeOn()!.Value;
        var businessNow = LondonTime.WakeUpOn(wakeOn).AddDays(3).AddHours(4);
        var context = new OrchestrationContextMock(businessNow - clock.Offset);

        // Act
        var run = context.Run(Orchestrator(), input);

        // Assert
        Assert.True(run.IsCompletedSuccessfully);
        Assert.Null(await run);
        Assert.Empty(context.Timers);
        Assert.False(Assert.IsType<OrderStatus>(context.Statuses[0]).Idle);
        var reminders = Assert.IsType<SendRemindersInput>(context.StepOutput.Reminders).Reminders;
        Assert.All(reminders, r => Assert.Equal(LondonTime.WakeUpOn(wakeOn), r.CreatedAt));
        Assert.Equal(Json(Woken(input.State, LondonTime.WakeUpOn(wakeOn))), Json(Continued(context).State));
    }

    private static OrderLifecycle Orchestrator() => new(Calendars.Embedded());

    /// <summary>The sample order after its first step at <see cref="ArrivedAt"/>, as the next execution gets it.</summary>
    private static OrderLifecycleInput Running(OrderClock clock, IReadOnlyList<PendingEvent>? pending = null)
    {
        var order = Samples.CommunityOrder();
        var started = OrderStep.Start(new OrderStepContext(order, NationalStandardsPolicy.Seeded, Calendars.Embedded(), ArrivedAt));
        return new OrderLifecycleInput(order, NationalStandardsPolicy.Seeded, started.State, pending ?? [], clock);
    }

    private static OrderState Woken(OrderState state, DateTime now) =>
        OrderStep.Wake(state, new OrderStepContext(Samples.CommunityOrder(), NationalStandardsPolicy.Seeded, Calendars.Embedded(), now)).State;

    private static OrderLifecycleInput Continued(OrchestrationContextMock context) =>
        Assert.IsType<OrderLifecycleInput>(Assert.Single(context.ContinuedAsNew));

    private static void AssertRetried(OrchestrationContextMock.ActivityCall call)
    {
        var policy = call.Options?.Retry?.Policy;
        Assert.NotNull(policy);
        Assert.Equal((8, TimeSpan.FromSeconds(15)), (policy.MaxNumberOfAttempts, policy.FirstRetryInterval));
    }

    private static string Json(object? value) => JsonSerializer.Serialize(value, OrderJson.Options);

    private static JsonElement Body(string json) => JsonDocument.Parse(json).RootElement;
}
