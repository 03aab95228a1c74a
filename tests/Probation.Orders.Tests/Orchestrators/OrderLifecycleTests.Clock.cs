using System.Text.Json;
using Probation.Orders.Clock;
using Probation.Orders.Events;
using Probation.Orders.Support;
using Probation.Orders.Validation;

namespace Probation.Orders.Orchestrators;

public sealed partial class OrderLifecycleTests
{
    [Theory]
    [InlineData("""{ "offset": "16.00:00:00", "mark": "m2" }""")]
    [InlineData("""{ "Offset": "16.00:00:00", "Mark": "m2" }""")]
    public async Task RunAsync_ClockMovedWhileWaiting_ContinuesWithTheNewClockAndTheSameStateAndSendsNothing(string json)
    {
        // Arrange
        var input = Running(new OrderClock(TimeSpan.FromDays(2), "m1"));
        var context = new OrchestrationContextMock(ArrivedAt.AddHours(2) - TimeSpan.FromDays(2));
        var run = context.Run(Orchestrator(), input);
        var timer = Assert.Single(context.Timers);

        // Act
        context.Raise(ClockMoved.EventName, Body(json));
        var output = await run;

        // Assert
        Assert.Null(output);
        Assert.True(timer.Completion.Task.IsCanceled);
        Assert.Empty(context.Activities);
        Assert.Single(context.Statuses);
        var continued = Continued(context);
        Assert.Equal(new OrderClock(TimeSpan.FromDays(16), "m2"), continued.Clock);
        Assert.Same(input.State, continued.State);
        Assert.Empty(continued.Pending!);
    }

    [Fact]
    public async Task RunAsync_ClockMovedSerializedAsTheHostRaisesIt_Applied()
    {
        // Arrange
        var input = Running(OrderClock.Zero);
        var context = new OrchestrationContextMock(ArrivedAt.AddHours(2));
        var run = context.Run(Orchestrator(), input);
        var moved = JsonSerializer.SerializeToElement(new ClockMoved(TimeSpan.FromDays(16), "m1"), OrderJson.Options);

        // Act
        context.Raise(ClockMoved.EventName, moved);
        await run;

        // Assert
        Assert.Equal(new OrderClock(TimeSpan.FromDays(16), "m1"), Continued(context).Clock);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("\"16 days\"")]
    [InlineData("[1, 2]")]
    [InlineData("""{ "offset": "16.00:00:00" }""")]
    [InlineData("""{ "offset": "sixteen days", "mark": "m2" }""")]
    public async Task RunAsync_UnreadableClockMoved_ContinuesWithTheClockAsItWas(string? json)
    {
        // Arrange
        var clock = new OrderClock(TimeSpan.FromDays(2), "m1");
        var input = Running(clock);
        var context = new OrchestrationContextMock(ArrivedAt.AddHours(2) - clock.Offset);
        var run = context.Run(Orchestrator(), input);

        // Act
        context.Raise(ClockMoved.EventName, json is null ? null : Body(json));
        var output = await run;

        // Assert
        Assert.Null(output);
        Assert.Empty(context.Activities);
        var continued = Continued(context);
        Assert.Equal(clock, continued.Clock);
        Assert.Same(input.State, continued.State);
    }

    [Fact]
    public async Task RunAsync_ClockMovedQueuedBeforeAStaffEvent_ContinuesWithTheNewClockAndCarriesTheStaffEvent()
    {
        // Arrange
        var staffEvent = new PendingEvent(StaffEventNames.Appointment, Body(Appointment("e1", "A1", "Attended")));
        var moved = new PendingEvent(ClockMoved.EventName, Body("""{ "offset": "16.00:00:00", "mark": "m1" }"""));
        var input = Running(OrderClock.Zero, [moved, staffEvent]);
        var context = new OrchestrationContextMock(ArrivedAt.AddHours(2));

        // Act
        await context.Run(Orchestrator(), input);

        // Assert
        Assert.Empty(context.Timers);
        Assert.Empty(context.Activities);
        var continued = Continued(context);
        Assert.Equal((new OrderClock(TimeSpan.FromDays(16), "m1"), input.State), (continued.Clock, continued.State));
        Assert.Same(staffEvent, Assert.Single(continued.Pending!));
    }
}
