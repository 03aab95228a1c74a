using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Probation.Functions.Engine;

/// <summary>External events: staff events and clock moves raised to a running order by its instance id.</summary>
public sealed partial class EngineBehaviourTests
{
    [Fact]
    public async Task WaitForExternalEvent_TwoNamesAwaitedOneRaised_TheRaisedOneWinsWithItsPayload()
    {
        // Arrange
        var instanceId = EngineTestHost.NewInstanceId("two-events");
        await Client.ScheduleNewOrchestrationInstanceAsync(EngineTestOrchestrations.ApproveOrReject, "either", new StartOrchestrationOptions(instanceId));
        await engine.WaitForStartAsync(instanceId);

        // Act
        await Client.RaiseEventAsync(instanceId, "Reject", "incomplete");
        var ended = await engine.WaitForEndAsync(instanceId);

        // Assert
        Assert.Equal(OrchestrationRuntimeStatus.Completed, ended.RuntimeStatus);
        Assert.Equal("Reject:incomplete", ended.ReadOutputAs<string>());
    }

    [Fact]
    public async Task ContinueAsNew_TwentyEventsRaisedQuickly_EveryEventCountedOnce()
    {
        // Arrange
        var instanceId = EngineTestHost.NewInstanceId("continue-as-new");
        await Client.ScheduleNewOrchestrationInstanceAsync(EngineTestOrchestrations.CountEvents, new EventTally(20, 0, 0), new StartOrchestrationOptions(instanceId));
        await engine.WaitForStartAsync(instanceId);

        // Act: one after another without waiting, so most arrive while an execution is ending or starting.
        for (var payload = 1; payload <= 20; payload++)
        {
            await Client.RaiseEventAsync(instanceId, "Count", payload);
        }

        var ended = await engine.WaitForEndAsync(instanceId);

        // Assert
        Assert.Equal(OrchestrationRuntimeStatus.Completed, ended.RuntimeStatus);
        Assert.Equal(new EventTally(20, 20, 210), ended.ReadOutputAs<EventTally>());
    }
}
