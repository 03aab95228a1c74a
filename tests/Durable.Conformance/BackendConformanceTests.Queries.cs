using Durable.Client;

namespace Durable.Conformance;

public abstract partial class BackendConformanceTests
{
    [Fact]
    public async Task Query_ByStatusPrefixAndCreatedTime_PagesThroughEveryMatchOnceInIdOrder()
    {
        // Arrange
        await using var host = await StartHostAsync(tasks => tasks
            .AddOrchestrator<bool, string>("Maybe", async (context, wait) =>
                wait ? await context.WaitForExternalEvent<string>("Go") : "done"));
        var start = host.Clock.GetUtcNow().UtcDateTime;
        for (var i = 0; i < 25; i++)
        {
            var prefix = i % 2 == 0 ? "q-even-" : "q-odd-";
            await host.Client.ScheduleNewOrchestrationInstanceAsync("Maybe", i % 3 == 0, new StartOrchestrationOptions($"{prefix}{i:D2}"));
            await host.AdvanceAsync(TimeSpan.FromMinutes(1));
        }

        // Act
        var evenRunning = await QueryAllAsync(host.Client, new OrchestrationQuery(
            Statuses: [OrchestrationRuntimeStatus.Running], InstanceIdPrefix: "q-even-", PageSize: 2));
        var createdInWindow = await QueryAllAsync(host.Client, new OrchestrationQuery(
            CreatedFrom: start.AddMinutes(5), CreatedTo: start.AddMinutes(9), PageSize: 3));
        var everything = await QueryAllAsync(host.Client, new OrchestrationQuery(PageSize: 10, FetchInputsAndOutputs: true));

        // Assert
        Assert.Equal(["q-even-00", "q-even-06", "q-even-12", "q-even-18", "q-even-24"], evenRunning.Select(i => i.InstanceId));
        Assert.Equal(["q-even-06", "q-even-08", "q-odd-05", "q-odd-07", "q-odd-09"], createdInWindow.Select(i => i.InstanceId));
        Assert.Equal(25, everything.Select(i => i.InstanceId).Distinct().Count());
        Assert.Equal(everything.Select(i => i.InstanceId).Order(StringComparer.Ordinal), everything.Select(i => i.InstanceId));
        Assert.Equal("done", everything.Single(i => i.InstanceId == "q-odd-01").ReadOutputAs<string>());
    }

    [Fact]
    public async Task Query_WithoutInputsAndOutputs_LeavesThemOut()
    {
        // Arrange
        await using var host = await StartHostAsync(tasks => tasks
            .AddOrchestrator<string, string>("Echo", (_, input) => Task.FromResult(input)));
        await host.RunAsync("Echo", "secret-ish", "plain-1");

        // Act
        var page = await host.Client.QueryInstancesAsync(new OrchestrationQuery(InstanceIdPrefix: "plain-"));

        // Assert
        var instance = Assert.Single(page.Instances);
        Assert.Null(page.ContinuationToken);
        Assert.Null(instance.SerializedInput);
        Assert.Null(instance.SerializedOutput);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, instance.RuntimeStatus);
    }

    [Fact]
    public async Task Purge_EndedRunningAndUnknownInstances_DeletesOnlyTheEndedOne()
    {
        // Arrange
        await using var host = await StartHostAsync(tasks => tasks
            .AddOrchestrator<string, string>("Echo", (_, input) => Task.FromResult(input))
            .AddOrchestrator<object?, string>("Waiter", (context, _) => context.WaitForExternalEvent<string>("Go")));
        await host.RunAsync("Echo", "x", "purge-ended");
        await host.Client.ScheduleNewOrchestrationInstanceAsync("Waiter", null, new StartOrchestrationOptions("purge-running"));
        await host.WaitForIdleAsync();

        // Act
        var purged = await host.Client.PurgeInstanceAsync("purge-ended");
        var unknown = await host.Client.PurgeInstanceAsync("purge-unknown");
        var running = await Assert.ThrowsAsync<OrchestrationStatusConflictException>(() => host.Client.PurgeInstanceAsync("purge-running"));

        // Assert
        Assert.True(purged);
        Assert.False(unknown);
        Assert.Equal(OrchestrationRuntimeStatus.Running, running.Status);
        Assert.Null(await host.Client.GetInstanceAsync("purge-ended"));
        Assert.Empty(await host.Client.GetHistoryAsync("purge-ended"));
        Assert.NotNull(await host.Client.GetInstanceAsync("purge-running"));
    }

    [Fact]
    public async Task PurgeInstances_ByCreatedTimeAndStatus_DeletesTheMatchingEndedInstances()
    {
        // Arrange
        await using var host = await StartHostAsync(tasks => tasks
            .AddOrchestrator<bool, string>("MaybeFail", (_, fail) => fail ? throw new InvalidOperationException("no") : Task.FromResult("ok")));
        var start = host.Clock.GetUtcNow().UtcDateTime;
        await host.RunAsync("MaybeFail", false, "bulk-old-ok");
        await host.RunAsync("MaybeFail", true, "bulk-old-failed");
        await host.AdvanceAsync(TimeSpan.FromDays(10));
        await host.RunAsync("MaybeFail", false, "bulk-new-ok");

        // Act
        var deleted = await host.Client.PurgeInstancesAsync(
            new PurgeInstancesFilter(start, start.AddDays(1), [OrchestrationRuntimeStatus.Completed]));

        // Assert
        Assert.Equal(1, deleted);
        Assert.Null(await host.Client.GetInstanceAsync("bulk-old-ok"));
        Assert.NotNull(await host.Client.GetInstanceAsync("bulk-old-failed"));
        Assert.NotNull(await host.Client.GetInstanceAsync("bulk-new-ok"));
        await Assert.ThrowsAsync<ArgumentException>(() =>
            host.Client.PurgeInstancesAsync(new PurgeInstancesFilter(start, Statuses: [OrchestrationRuntimeStatus.Running])));
    }

    private static async Task<List<OrchestrationMetadata>> QueryAllAsync(DurableTaskClient client, OrchestrationQuery query)
    {
        var all = new List<OrchestrationMetadata>();
        var pages = 0;
        do
        {
            var page = await client.QueryInstancesAsync(query);
            Assert.True(page.Instances.Count <= query.PageSize);
            all.AddRange(page.Instances);
            query = query with { ContinuationToken = page.ContinuationToken };
            Assert.True(++pages <= 100, "the continuation never ends");
        }
        while (query.ContinuationToken is not null);

        return all;
    }
}
