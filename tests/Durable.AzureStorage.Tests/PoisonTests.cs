using AzureStorage.Client.Tables;
using Durable.AzureStorage.Rows;

namespace Durable.AzureStorage;

public sealed class PoisonTests
{
    [Fact]
    public async Task UnreadableInboxRow_IsMovedToThePoisonTableWithTheReason()
    {
        // Arrange
        await using var hub = await HubHarness.CreateAsync();
        var table = hub.Storage.GetTable(hub.Options.TaskHub + "Partitions");
        var partition = new PartitionMap(hub.Options.PartitionCount).KeyOf("garbled");
        var rowKey = RowKeys.Message("garbled", 1, "bad");
        await table.InsertAsync(new TableEntity(partition, rowKey) { ["Message"] = "{ not json", ["DequeueCount"] = 0 });

        // Act
        await hub.StartHostAsync("poison", _ => { });
        var poisoned = await WaitForPoisonAsync(hub, "garbled");

        // Assert
        var row = Assert.Single(poisoned);
        Assert.StartsWith("the stored message cannot be read", row.GetString("Reason"), StringComparison.Ordinal);
        Assert.Equal("{ not json", row.GetString("Message"));
        Assert.Null(await table.GetEntityAsync(partition, rowKey));
    }

    [Fact]
    public async Task InstanceWhoseHistoryCannotBeRead_ItsMessagesMoveToPoisonAfterMaxAttempts()
    {
        // Arrange: an instance whose row points at a corrupt history row, before any host runs it.
        await using var hub = await HubHarness.CreateAsync();
        var id = await hub.Client.ScheduleNewOrchestrationInstanceAsync("Anything", "input");
        var table = hub.Storage.GetTable(hub.Options.TaskHub + "Partitions");
        var partition = new PartitionMap(hub.Options.PartitionCount).KeyOf(id);
        await table.UpsertAsync(new TableEntity(partition, RowKeys.History(id, 0)) { ["Events"] = "[{ broken" }, TableUpdateMode.Replace);
        await table.UpsertAsync(new TableEntity(partition, RowKeys.Instance(id)) { ["HistoryRows"] = 1 }, TableUpdateMode.Merge);

        // Act
        await hub.StartHostAsync("poison", tasks => tasks.AddOrchestrator<string, string>("Anything", (_, input) => Task.FromResult(input)));
        var poisoned = await WaitForPoisonAsync(hub, id);

        // Assert
        var row = Assert.Single(poisoned);
        Assert.Equal(hub.Options.MaxDequeueCount, row.GetInt32("Attempts"));
        Assert.StartsWith("the instance could not be read", row.GetString("Reason"), StringComparison.Ordinal);
        Assert.Contains("ExecutionStarted", row.GetString("Message"), StringComparison.Ordinal);
    }

    private static async Task<List<TableEntity>> WaitForPoisonAsync(HubHarness hub, string instanceId)
    {
        var poison = hub.Storage.GetTable(hub.Options.TaskHub + "Poison");
        var filter = TableFilter.PartitionKeyEquals(RowKeys.Escape(instanceId));
        List<TableEntity> rows = [];
        await HubHarness.EventuallyAsync(
            async () => (rows = await poison.QueryAllAsync(new TableQuery(filter)).ToListAsync()).Count > 0,
            $"a poison row for {instanceId} exists");
        return rows;
    }
}
