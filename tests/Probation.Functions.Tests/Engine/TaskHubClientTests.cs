using DurableTask.Core.Exceptions;
using DurableTask.Core.History;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Probation.Functions.Engine;

/// <summary>
/// <see cref="TaskHubClient"/> against the engine it fronts, on Azurite: starting, events, custom status, suspend,
/// resume and terminate here; reading, queries, purges and history in the partial.
/// </summary>
public sealed partial class TaskHubClientTests(EngineTestHost engine) : IClassFixture<EngineTestHost>
{
    // As order intake starts an order: no status of an existing instance lets it be started again.
    private static readonly IReadOnlyList<string> EveryStatus = Enum.GetNames<DurableTask.Core.OrchestrationStatus>();

    private DurableTaskClient Client => engine.Client;

    [Fact]
    public async Task ScheduleNewOrchestrationInstanceAsync_WithoutAnInstanceId_IsRefusedBeforeAnythingIsStored()
    {
        // Act: the service names every instance (one order, one instance), and the client makes no random ids.
        var error = await Record.ExceptionAsync(() => Client.ScheduleNewOrchestrationInstanceAsync(EngineTestOrchestrations.Echo, "unnamed"));

        // Assert
        var refused = Assert.IsType<ArgumentException>(error);
        Assert.Contains("StartOrchestrationOptions.InstanceId", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScheduleNewOrchestrationInstanceAsync_RunningIdWithDedupeStatuses_ThrowsAndKeepsTheRunningInstance()
    {
        // Arrange
        var instanceId = EngineTestHost.NewInstanceId("dedupe-running");
        await Client.ScheduleNewOrchestrationInstanceAsync(EngineTestOrchestrations.AwaitGo, "first", new StartOrchestrationOptions(instanceId));
        await engine.WaitForStartAsync(instanceId);

        // Act
        var error = await Record.ExceptionAsync(() => Client.ScheduleNewOrchestrationInstanceAsync(
            EngineTestOrchestrations.AwaitGo, "second", new StartOrchestrationOptions(instanceId) { DedupeStatuses = EveryStatus }));

        // Assert: the first start's input is kept, and the same execution goes on to take its event.
        Assert.IsType<OrchestrationAlreadyExistsException>(error);
        var running = await Client.GetInstanceAsync(instanceId, getInputsAndOutputs: true);
        Assert.Equal("first", running?.ReadInputAs<string>());
        await Client.RaiseEventAsync(instanceId, "Go", "go");
        Assert.Equal("first:go", (await engine.WaitForEndAsync(instanceId)).ReadOutputAs<string>());
    }

    [Fact]
    public async Task ScheduleNewOrchestrationInstanceAsync_IdJustScheduledWithDedupeStatuses_Throws()
    {
        // Arrange: two intakes of one order racing; the second comes before the engine has run the first.
        var instanceId = EngineTestHost.NewInstanceId("dedupe-pending");
        await Client.ScheduleNewOrchestrationInstanceAsync(
            EngineTestOrchestrations.Echo, "first", new StartOrchestrationOptions(instanceId) { DedupeStatuses = EveryStatus });

        // Act
        var error = await Record.ExceptionAsync(() => Client.ScheduleNewOrchestrationInstanceAsync(
            EngineTestOrchestrations.Echo, "second", new StartOrchestrationOptions(instanceId) { DedupeStatuses = EveryStatus }));

        // Assert
        Assert.IsType<OrchestrationAlreadyExistsException>(error);
        Assert.Equal("first", (await engine.WaitForEndAsync(instanceId)).ReadOutputAs<string>());
    }

    [Fact]
    public async Task ScheduleNewOrchestrationInstanceAsync_CompletedIdWithDedupeStatuses_ThrowsAndStartsNothing()
    {
        // Arrange
        var instanceId = EngineTestHost.NewInstanceId("dedupe-completed");
        await Client.ScheduleNewOrchestrationInstanceAsync(EngineTestOrchestrations.Echo, "first", new StartOrchestrationOptions(instanceId));
        await engine.WaitForEndAsync(instanceId);

        // Act
        var error = await Record.ExceptionAsync(() => Client.ScheduleNewOrchestrationInstanceAsync(
            EngineTestOrchestrations.Echo, "second", new StartOrchestrationOptions(instanceId) { DedupeStatuses = EveryStatus }));

        // Assert
        Assert.IsType<OrchestrationAlreadyExistsException>(error);
        var completed = await Client.GetInstanceAsync(instanceId, getInputsAndOutputs: true);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, completed?.RuntimeStatus);
        Assert.Equal("first", completed?.ReadOutputAs<string>());
    }

    [Fact]
    public async Task GetInstanceAsync_WithInputsAndOutputs_ReadsEachCustomStatusTheOrchestrationSets()
    {
        // Arrange
        var instanceId = EngineTestHost.NewInstanceId("custom-status");
        await Client.ScheduleNewOrchestrationInstanceAsync(EngineTestOrchestrations.Steps, "steps", new StartOrchestrationOptions(instanceId));

        // Act
        var waitingForGo = await CustomStatusAsync(instanceId, status => status?.Phase == EngineTestOrchestrations.WaitingForGo);
        await Client.RaiseEventAsync(instanceId, "Go", "a");
        var waitingForDone = await CustomStatusAsync(instanceId, status => status?.Phase == EngineTestOrchestrations.WaitingForDone);
        await Client.RaiseEventAsync(instanceId, "Done", "b");
        var ended = await engine.WaitForEndAsync(instanceId);

        // Assert
        Assert.Equal(new ProgressStatus(EngineTestOrchestrations.WaitingForGo, null), waitingForGo);
        Assert.Equal(new ProgressStatus(EngineTestOrchestrations.WaitingForDone, "a"), waitingForDone);
        Assert.Equal("a+b", ended.ReadOutputAs<string>());
        Assert.Equal(waitingForDone, ended.ReadCustomStatusAs<ProgressStatus>());
    }

    [Fact]
    public async Task SuspendInstanceAsync_EventRaisedWhileSuspended_HeldUntilResumed()
    {
        // Arrange
        var instanceId = EngineTestHost.NewInstanceId("suspend");
        await Client.ScheduleNewOrchestrationInstanceAsync(EngineTestOrchestrations.Steps, "steps", new StartOrchestrationOptions(instanceId));
        await CustomStatusAsync(instanceId, status => status?.Phase == EngineTestOrchestrations.WaitingForGo);

        // Act: suspend; raise "Go" and wait until the engine has taken it into the history.
        await Client.SuspendInstanceAsync(instanceId, "paused by test");
        await Eventually.TrueAsync(
            async () => (await Client.GetInstanceAsync(instanceId))?.RuntimeStatus == OrchestrationRuntimeStatus.Suspended, EngineTestHost.DeadlineSeconds);
        await Client.RaiseEventAsync(instanceId, "Go", "held");
        await Eventually.TrueAsync(
            async () => (await Client.GetOrchestrationHistoryAsync(instanceId)).OfType<EventRaisedEvent>().Any(), EngineTestHost.DeadlineSeconds);
        var whileSuspended = await Client.GetInstanceAsync(instanceId, getInputsAndOutputs: true);
        await Client.ResumeInstanceAsync(instanceId, "resumed by test");
        var afterResume = await CustomStatusAsync(instanceId, status => status?.Phase == EngineTestOrchestrations.WaitingForDone);
        var runningAfterResume = await Client.GetInstanceAsync(instanceId);
        await Client.RaiseEventAsync(instanceId, "Done", "b");
        var ended = await engine.WaitForEndAsync(instanceId);

        // Assert: the event waited, unapplied, until the resume.
        Assert.Equal(OrchestrationRuntimeStatus.Suspended, whileSuspended?.RuntimeStatus);
        Assert.Equal(new ProgressStatus(EngineTestOrchestrations.WaitingForGo, null), whileSuspended?.ReadCustomStatusAs<ProgressStatus>());
        Assert.Equal(new ProgressStatus(EngineTestOrchestrations.WaitingForDone, "held"), afterResume);
        Assert.Equal(OrchestrationRuntimeStatus.Running, runningAfterResume?.RuntimeStatus);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, ended.RuntimeStatus);
        Assert.Equal("held+b", ended.ReadOutputAs<string>());
    }

    [Fact]
    public async Task TerminateInstanceAsync_RunningInstance_TerminatedWithTheOutputGiven()
    {
        // Arrange
        var instanceId = EngineTestHost.NewInstanceId("terminate");
        await Client.ScheduleNewOrchestrationInstanceAsync(EngineTestOrchestrations.AwaitGo, "never", new StartOrchestrationOptions(instanceId));
        await engine.WaitForStartAsync(instanceId);

        // Act
        await Client.TerminateInstanceAsync(instanceId, new TerminateInstanceOptions { Output = "stopped by test" });
        var ended = await engine.WaitForEndAsync(instanceId);

        // Assert
        Assert.Equal(OrchestrationRuntimeStatus.Terminated, ended.RuntimeStatus);
        Assert.Equal("stopped by test", ended.ReadOutputAs<string>());
    }

    private async Task<ProgressStatus?> CustomStatusAsync(string instanceId, Func<ProgressStatus?, bool> reached)
    {
        ProgressStatus? status = null;
        await Eventually.TrueAsync(async () =>
        {
            status = (await Client.GetInstanceAsync(instanceId, getInputsAndOutputs: true))?.ReadCustomStatusAs<ProgressStatus>();
            return reached(status);
        }, EngineTestHost.DeadlineSeconds);
        return status;
    }
}
