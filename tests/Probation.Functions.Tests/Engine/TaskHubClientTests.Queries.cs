using DurableTask.Core;
using DurableTask.Core.History;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Probation.Functions.Engine;

/// <summary>Reading, querying, purging and history of instances.</summary>
public sealed partial class TaskHubClientTests
{
    [Fact]
    public async Task GetAllInstancesAsync_SevenCompletedInPagesOfThree_ReturnsThreeThreeOneWithEveryIdOnce()
    {
        // Arrange
        var prefix = EngineTestHost.NewInstanceId("query") + "-";
        var instanceIds = await CompletedEchoesAsync(prefix, 7);

        // Act
        var pages = new List<IReadOnlyList<OrchestrationMetadata>>();
        await foreach (var page in Client.GetAllInstancesAsync(new OrchestrationQuery
        {
            Statuses = [OrchestrationRuntimeStatus.Completed],
            InstanceIdPrefix = prefix,
            PageSize = 3,
        }).AsPages())
        {
            pages.Add(page.Values);
        }

        // Assert
        Assert.Equal([3, 3, 1], pages.Select(page => page.Count));
        Assert.Equal(instanceIds.Order(StringComparer.Ordinal), pages.SelectMany(page => page).Select(i => i.InstanceId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task GetAllInstancesAsync_RunningFilter_ReturnsTheRunningInstanceOnly()
    {
        // Arrange
        var prefix = EngineTestHost.NewInstanceId("query-running") + "-";
        await CompletedEchoesAsync(prefix, 2);
        var running = prefix + "running";
        await Client.ScheduleNewOrchestrationInstanceAsync(EngineTestOrchestrations.AwaitGo, "running", new StartOrchestrationOptions(running));
        await engine.WaitForStartAsync(running);

        // Act
        var found = await Client.GetAllInstancesAsync(new OrchestrationQuery
        {
            Statuses = [OrchestrationRuntimeStatus.Running],
            InstanceIdPrefix = prefix,
        }).ToListAsync();

        // Assert
        Assert.Equal([running], found.Select(i => i.InstanceId));
        await Client.RaiseEventAsync(running, "Go", "done");
        await engine.WaitForEndAsync(running);
    }

    [Fact]
    public async Task PurgeInstanceAsync_CompletedInstance_PurgesItSoItIsNotFound()
    {
        // Arrange
        var instanceId = (await CompletedEchoesAsync(EngineTestHost.NewInstanceId("purge") + "-", 1)).Single();

        // Act
        var purged = await Client.PurgeInstanceAsync(instanceId);

        // Assert
        Assert.Equal(1, purged.PurgedInstanceCount);
        Assert.Null(await Client.GetInstanceAsync(instanceId));
        Assert.Empty(await Client.GetOrchestrationHistoryAsync(instanceId));
    }

    [Fact]
    public async Task PurgeAllInstancesAsync_CompletedCreatedSinceFilter_PurgesThoseAndLeavesTheRunningOne()
    {
        // Arrange: this class's tests run one at a time, so only this test's instances are created after `from`.
        var from = DateTimeOffset.UtcNow;
        var prefix = EngineTestHost.NewInstanceId("purge-filter") + "-";
        var completed = await CompletedEchoesAsync(prefix, 2);
        var running = prefix + "running";
        await Client.ScheduleNewOrchestrationInstanceAsync(EngineTestOrchestrations.AwaitGo, "running", new StartOrchestrationOptions(running));
        await engine.WaitForStartAsync(running);

        // Act
        var purged = await Client.PurgeAllInstancesAsync(new PurgeInstancesFilter(from, DateTimeOffset.UtcNow, [OrchestrationRuntimeStatus.Completed]));

        // Assert
        Assert.Equal(2, purged.PurgedInstanceCount);
        foreach (var instanceId in completed)
        {
            Assert.Null(await Client.GetInstanceAsync(instanceId));
        }

        Assert.Equal(OrchestrationRuntimeStatus.Running, (await Client.GetInstanceAsync(running))?.RuntimeStatus);
        await Client.RaiseEventAsync(running, "Go", "done");
        await engine.WaitForEndAsync(running);
    }

    [Fact]
    public async Task GetOrchestrationHistoryAsync_CompletedInstance_ReturnsTheEnginesEventsInOrder()
    {
        // Arrange
        var instanceId = EngineTestHost.NewInstanceId("history");
        await Client.ScheduleNewOrchestrationInstanceAsync(EngineTestOrchestrations.Greet, "Ada", new StartOrchestrationOptions(instanceId));
        await engine.WaitForEndAsync(instanceId);

        // Act
        var history = await Client.GetOrchestrationHistoryAsync(instanceId);

        // Assert
        Assert.Equal(
            [EventType.ExecutionStarted, EventType.TaskScheduled, EventType.TaskCompleted, EventType.ExecutionCompleted],
            history.Select(e => e.EventType).Where(t => t is EventType.ExecutionStarted or EventType.TaskScheduled or EventType.TaskCompleted or EventType.ExecutionCompleted));
        var started = Assert.Single(history.OfType<ExecutionStartedEvent>());
        Assert.Equal(EngineTestOrchestrations.Greet, started.Name);
        Assert.Equal(instanceId, started.OrchestrationInstance.InstanceId);
        Assert.Equal("\"Ada\"", started.Input);
        var scheduled = Assert.Single(history.OfType<TaskScheduledEvent>());
        Assert.Equal(EngineTestOrchestrations.SayHello, scheduled.Name);
        var taskCompleted = Assert.Single(history.OfType<TaskCompletedEvent>());
        Assert.Equal(scheduled.EventId, taskCompleted.TaskScheduledId);
        Assert.Equal("\"Hello, Ada!\"", taskCompleted.Result);
        var executionCompleted = Assert.Single(history.OfType<ExecutionCompletedEvent>());
        Assert.Equal(OrchestrationStatus.Completed, executionCompleted.OrchestrationStatus);
        Assert.Equal("\"Hello, Ada!\"", executionCompleted.Result);
    }

    [Fact]
    public async Task GetOrchestrationHistoryAsync_FailedInstance_CarriesTheFailureDetailsOfTheActivityAndTheOrchestration()
    {
        // Arrange: one attempt only, and the activity fails its first.
        var instanceId = EngineTestHost.NewInstanceId("history-failed");
        await Client.ScheduleNewOrchestrationInstanceAsync(EngineTestOrchestrations.CallFlaky, 1, new StartOrchestrationOptions(instanceId));
        await engine.WaitForEndAsync(instanceId);

        // Act
        var history = await Client.GetOrchestrationHistoryAsync(instanceId);

        // Assert
        var taskFailed = Assert.Single(history.OfType<TaskFailedEvent>());
        Assert.Equal("System.InvalidOperationException", taskFailed.FailureDetails?.ErrorType);
        Assert.Equal("Attempt 1 fails.", taskFailed.FailureDetails?.ErrorMessage);
        var executionCompleted = Assert.Single(history.OfType<ExecutionCompletedEvent>());
        Assert.Equal(OrchestrationStatus.Failed, executionCompleted.OrchestrationStatus);
        Assert.Equal("Microsoft.DurableTask.TaskFailedException", executionCompleted.FailureDetails?.ErrorType);
    }

    /// <summary>Starts <paramref name="count"/> echoes under <paramref name="prefix"/> and waits until all have completed.</summary>
    private async Task<IReadOnlyList<string>> CompletedEchoesAsync(string prefix, int count)
    {
        var instanceIds = Enumerable.Range(1, count).Select(i => $"{prefix}{i}").ToList();
        foreach (var instanceId in instanceIds)
        {
            await Client.ScheduleNewOrchestrationInstanceAsync(EngineTestOrchestrations.Echo, instanceId, new StartOrchestrationOptions(instanceId));
        }

        foreach (var instanceId in instanceIds)
        {
            Assert.Equal(OrchestrationRuntimeStatus.Completed, (await engine.WaitForEndAsync(instanceId)).RuntimeStatus);
        }

        return instanceIds;
    }
}
