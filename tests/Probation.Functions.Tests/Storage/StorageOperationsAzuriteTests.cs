using Azure.Data.Tables;
using Azure.Storage.Queues;

namespace Probation.Functions.Storage;

/// <summary>The app's clients, as <see cref="AppStorageClientOptions"/> makes them, on Azurite: each request counted under the operation it performed.</summary>
public sealed class StorageOperationsAzuriteTests
{
    private readonly StorageRequestCounter _counter = new();
    private readonly string _name = "Ops" + Guid.NewGuid().ToString("N")[..12];

    [Fact]
    public async Task TableClient_EachKindOfRequest_CountsOneOfItsOperation()
    {
        // Arrange
        var table = new TableClient(FunctionAppFactory.ConnectionString, _name, AppStorageClientOptions.ForTables(_counter));

        // Act
        await table.CreateAsync();
        await table.AddEntityAsync(new TableEntity("ORD-1", "a"));
        await table.GetEntityAsync<TableEntity>("ORD-1", "a");
        await table.QueryAsync<TableEntity>(e => e.PartitionKey == "ORD-1").ToListAsync();
        await table.UpdateEntityAsync(new TableEntity("ORD-1", "a") { ["State"] = "Open" }, Azure.ETag.All, TableUpdateMode.Replace);
        await table.UpsertEntityAsync(new TableEntity("ORD-1", "a") { ["Note"] = "x" }, TableUpdateMode.Merge);
        await table.SubmitTransactionAsync([new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("ORD-1", "b")), new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("ORD-1", "c"))]);
        await table.DeleteEntityAsync("ORD-1", "a");
        await table.DeleteAsync();

        // Assert
        Assert.Equal(
            [(StorageOperation.TableQuery, 1), (StorageOperation.TableRead, 1), (StorageOperation.TableInsert, 1), (StorageOperation.TableWrite, 2), (StorageOperation.TableDelete, 1), (StorageOperation.TableBatch, 1), (StorageOperation.TableOther, 2)],
            Counts(StorageService.Table));
        Assert.Equal(9, _counter.Count);
    }

    [Fact]
    public async Task QueueClient_EachKindOfRequest_CountsOneOfItsOperation()
    {
        // Arrange
        var queue = new QueueClient(FunctionAppFactory.ConnectionString, _name.ToLowerInvariant(), AppStorageClientOptions.ForQueues(_counter));

        // Act
        await queue.CreateAsync();
        await queue.SendMessageAsync("{}");
        await queue.PeekMessagesAsync(32);
        var received = (await queue.ReceiveMessageAsync()).Value;
        var updated = (await queue.UpdateMessageAsync(received.MessageId, received.PopReceipt, visibilityTimeout: TimeSpan.Zero)).Value;
        await queue.DeleteMessageAsync(received.MessageId, updated.PopReceipt);
        await queue.DeleteAsync();

        // Assert
        Assert.Equal(
            [(StorageOperation.QueueReceive, 1), (StorageOperation.QueuePeek, 1), (StorageOperation.QueueSend, 1), (StorageOperation.QueueUpdate, 1), (StorageOperation.QueueDelete, 1), (StorageOperation.QueueOther, 2)],
            Counts(StorageService.Queue));
        Assert.Equal(7, _counter.Count);
    }

    private (StorageOperation Operation, long Count)[] Counts(StorageService service) =>
        StorageOperations.On(service)
            .Select(operation => (operation, _counter.CountOf(StorageCaller.App, operation)))
            .Where(count => count.Item2 > 0)
            .ToArray();
}
