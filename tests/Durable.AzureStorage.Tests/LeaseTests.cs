using AzureStorage.Client.Tables;
using Durable.AzureStorage.Partitions;
using Durable.AzureStorage.Rows;

namespace Durable.AzureStorage;

public sealed class LeaseTests
{
    [Fact]
    public async Task SecondHostJoins_PartitionsAreSharedAndWaitingInstancesComplete()
    {
        // Arrange
        await using var hub = await HubHarness.CreateAsync();
        var first = await hub.StartHostAsync("host-a", RegisterWaiter);
        var ids = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            ids.Add(await hub.Client.ScheduleNewOrchestrationInstanceAsync("Waiter", null, new Client.StartOrchestrationOptions($"shared-{i:D2}")));
        }

        await HubHarness.EventuallyAsync(() => Task.FromResult(first.OwnedPartitions.Count == 4), "host A holds every partition");
        foreach (var id in ids)
        {
            await hub.WaitForStatusAsync(id, OrchestrationRuntimeStatus.Running);
        }

        // Act
        var second = await hub.StartHostAsync("host-b", RegisterWaiter);
        await HubHarness.EventuallyAsync(
            () => Task.FromResult(first.OwnedPartitions.Count == 2 && second.OwnedPartitions.Count == 2), "the hosts hold two partitions each");
        foreach (var id in ids)
        {
            await hub.Client.RaiseEventAsync(id, "Go", id);
        }

        // Assert
        foreach (var id in ids)
        {
            await hub.WaitForStatusAsync(id, OrchestrationRuntimeStatus.Completed);
        }

        Assert.Empty(first.OwnedPartitions.Intersect(second.OwnedPartitions));
    }

    [Fact]
    public async Task HostStopsGracefully_AnotherTakesOverWithoutWaitingForTheLeaseToExpire()
    {
        // Arrange
        await using var hub = await HubHarness.CreateAsync();
        var first = await hub.StartHostAsync("host-a", RegisterWaiter);
        var second = await hub.StartHostAsync("host-b", RegisterWaiter);
        await HubHarness.EventuallyAsync(
            () => Task.FromResult(first.OwnedPartitions.Count == 2 && second.OwnedPartitions.Count == 2), "the hosts hold two partitions each");
        var id = InstanceIn(hub, first.OwnedPartitions[0]);
        await hub.Client.ScheduleNewOrchestrationInstanceAsync("Waiter", null, new Client.StartOrchestrationOptions(id));
        await hub.WaitForStatusAsync(id, OrchestrationRuntimeStatus.Running);
        var stoppedAt = DateTime.UtcNow;

        // Act
        await hub.StopHostAsync(first);
        await HubHarness.EventuallyAsync(() => Task.FromResult(second.OwnedPartitions.Count == 4), "host B holds every partition");
        var tookOver = DateTime.UtcNow - stoppedAt;
        await hub.Client.RaiseEventAsync(id, "Go", "after handover");

        // Assert
        await hub.WaitForStatusAsync(id, OrchestrationRuntimeStatus.Completed);
        Assert.True(tookOver < hub.Options.LeaseDuration, $"the takeover took {tookOver}, as long as a lease");
    }

    [Fact]
    public async Task LeaseTakenByAnotherHost_OldOwnerStopsAndCannotCommit()
    {
        // Arrange
        await using var hub = await HubHarness.CreateAsync(partitions: 1);
        var host = await hub.StartHostAsync("host-a", RegisterWaiter);
        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync("Waiter");
        await hub.WaitForStatusAsync(id, OrchestrationRuntimeStatus.Running);
        var table = hub.Storage.GetTable(hub.Options.TaskHub + "Partitions");

        // Act: another host takes the lease behind the owner's back (as after a long pause of the owner).
        var lease = await table.GetEntityAsync(PartitionMap.Key(0), RowKeys.Lease);
        await table.UpdateAsync(LeaseEntity.Held(PartitionMap.Key(0), "thief", DateTimeOffset.UtcNow.AddHours(1)), lease!.ETag!.Value, TableUpdateMode.Merge);
        await hub.Client.RaiseEventAsync(id, "Go", "must not be applied by the old owner");
        await HubHarness.EventuallyAsync(() => Task.FromResult(host.OwnedPartitions.Count == 0), "the old owner gives the partition up");

        // Assert
        var instance = await hub.Client.GetInstanceAsync(id);
        Assert.Equal(OrchestrationRuntimeStatus.Running, instance!.RuntimeStatus);
        var inbox = await table.QueryAllAsync(new TableQuery(RowKeys.Range(PartitionMap.Key(0), RowKeys.MessagePrefix))).ToListAsync();
        Assert.Single(inbox);
    }

    private static void RegisterWaiter(DurableTaskRegistry tasks) =>
        tasks.AddOrchestrator<object?, string>("Waiter", (context, _) => context.WaitForExternalEvent<string>("Go"));

    private static string InstanceIn(HubHarness hub, int partition)
    {
        var map = new PartitionMap(hub.Options.PartitionCount);
        return Enumerable.Range(0, 1000).Select(i => $"in-{partition}-{i}").First(id => map.PartitionOf(id) == partition);
    }
}
