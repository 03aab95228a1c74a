using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Probation.Functions.Engine;

/// <summary>Durable timers: the order orchestration's wake-ups and its catch-up after the clock moves.</summary>
public sealed partial class EngineBehaviourTests
{
    [Fact]
    public async Task CreateTimer_CancelledAfterAnEventWins_OrchestrationCompletes()
    {
        // Arrange
        var instanceId = EngineTestHost.NewInstanceId("timer-cancelled");
        await Client.ScheduleNewOrchestrationInstanceAsync(EngineTestOrchestrations.GoOrTimer, "hour", new StartOrchestrationOptions(instanceId));
        await engine.WaitForStartAsync(instanceId);

        // Act
        await Client.RaiseEventAsync(instanceId, "Go", "now");
        var ended = await engine.WaitForEndAsync(instanceId);

        // Assert
        Assert.Equal(OrchestrationRuntimeStatus.Completed, ended.RuntimeStatus);
        Assert.Equal("go:now", ended.ReadOutputAs<string>());
    }

    [Fact]
    public async Task CreateTimer_FireTimeAlreadyPast_FiresAtOnce()
    {
        // Arrange
        var instanceId = EngineTestHost.NewInstanceId("timer-past");

        // Act
        await Client.ScheduleNewOrchestrationInstanceAsync(EngineTestOrchestrations.PastTimer, "past", new StartOrchestrationOptions(instanceId));
        var ended = await engine.WaitForEndAsync(instanceId);

        // Assert: an hour in the past, yet it took seconds at most.
        Assert.Equal(OrchestrationRuntimeStatus.Completed, ended.RuntimeStatus);
        Assert.Equal("fired", ended.ReadOutputAs<string>());
        Assert.InRange(ended.LastUpdatedAt - ended.CreatedAt, TimeSpan.Zero, TimeSpan.FromSeconds(10));
    }
}
