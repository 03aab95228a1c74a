using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Probation.Functions.Engine;

/// <summary>
/// The engine as <c>AddEngine</c> wires it (DTFx on Azure Storage, SDK orchestrators through the shims) doing what
/// the order orchestration relies on, on Azurite. Activities here; timers and events in the partials.
/// </summary>
public sealed partial class EngineBehaviourTests(EngineTestHost engine) : IClassFixture<EngineTestHost>
{
    private DurableTaskClient Client => engine.Client;

    [Fact]
    public async Task CallActivityAsync_FailsTwiceWithThreeAttempts_CompletesWithTheResult()
    {
        // Arrange
        var instanceId = EngineTestHost.NewInstanceId("retry-enough");

        // Act
        await Client.ScheduleNewOrchestrationInstanceAsync(EngineTestOrchestrations.CallFlaky, 3, new StartOrchestrationOptions(instanceId));
        var ended = await engine.WaitForEndAsync(instanceId);

        // Assert
        Assert.Equal(OrchestrationRuntimeStatus.Completed, ended.RuntimeStatus);
        Assert.Equal("attempt 3", ended.ReadOutputAs<string>());
        Assert.Equal(3, engine.Attempts[instanceId]);
    }

    [Fact]
    public async Task CallActivityAsync_FailsTwiceWithTwoAttempts_OrchestrationFailsWithDetails()
    {
        // Arrange
        var instanceId = EngineTestHost.NewInstanceId("retry-short");

        // Act
        await Client.ScheduleNewOrchestrationInstanceAsync(EngineTestOrchestrations.CallFlaky, 2, new StartOrchestrationOptions(instanceId));
        var ended = await engine.WaitForEndAsync(instanceId);

        // Assert
        Assert.Equal(OrchestrationRuntimeStatus.Failed, ended.RuntimeStatus);
        Assert.NotNull(ended.FailureDetails);
        Assert.Contains(EngineTestOrchestrations.Flaky, ended.FailureDetails.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(2, engine.Attempts[instanceId]);
    }

    [Fact]
    public async Task CallActivityAsync_ActivityThrows_OrchestratorCatchesItWithTheExceptionsTypeAndMessage()
    {
        // Arrange
        var instanceId = EngineTestHost.NewInstanceId("catch");

        // Act
        await Client.ScheduleNewOrchestrationInstanceAsync(EngineTestOrchestrations.CatchFlaky, "once", new StartOrchestrationOptions(instanceId));
        var ended = await engine.WaitForEndAsync(instanceId);

        // Assert: what the Durable extension hands an isolated orchestrator in Azure.
        Assert.Equal(OrchestrationRuntimeStatus.Completed, ended.RuntimeStatus);
        Assert.Equal("System.InvalidOperationException: Attempt 1 fails. (True)", ended.ReadOutputAs<string>());
    }
}
