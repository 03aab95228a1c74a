using System.Diagnostics;
using AzureStorage.Client;
using AzureStorage.Client.Queues;
using AzureStorage.Client.Tables;

namespace Durable.Bench.Scenarios;

/// <summary>
/// The physical limit of the storage behind the backend, measured in the same run with the same client: raw queue
/// put+get+delete cycles, single table inserts, and table inserts in $batch transactions of 100.
/// </summary>
internal static class StorageCeiling
{
    private const int Concurrency = 32;

    public static async Task<IReadOnlyList<Measurement>> RunAsync(StorageClient storage, int operations)
    {
        var suffix = Guid.CreateVersion7().ToString("N")[^10..];
        var queue = storage.GetQueue("ceiling" + suffix);
        var table = storage.GetTable("ceiling" + suffix);
        await queue.CreateIfNotExistsAsync();
        await table.CreateIfNotExistsAsync();
        try
        {
            var queueCycle = await MeasureAsync("Raw queue put + get + delete", "message cycles", operations, async i =>
            {
                await queue.SendMessageAsync($"m{i}", timeToLive: QueueClient.NeverExpires);
                foreach (var message in await queue.ReceiveMessagesAsync(1, TimeSpan.FromMinutes(1)))
                {
                    await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
                }
            });
            var inserts = await MeasureAsync("Raw table insert", "rows", operations, i =>
                table.InsertAsync(new TableEntity($"p{i % Concurrency}", $"r{i}") { ["Value"] = i }));
            var batches = operations / 100;
            var batched = await MeasureAsync("Raw table $batch of 100 inserts", "rows", batches, async i =>
            {
                var transaction = new TableTransaction();
                for (var row = 0; row < 100; row++)
                {
                    transaction.Insert(new TableEntity($"b{i}", $"r{row}") { ["Value"] = row });
                }

                await table.SubmitTransactionAsync(transaction);
            });
            return [queueCycle, inserts, batched with { Count = batches * 100 }];
        }
        finally
        {
            await queue.DeleteIfExistsAsync();
            await table.DeleteIfExistsAsync();
        }
    }

    private static async Task<Measurement> MeasureAsync(string scenario, string unit, int count, Func<int, Task> operation)
    {
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Concurrency).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                await operation(i);
            }
        })));
        clock.Stop();
        return new Measurement($"{scenario} ({Concurrency} concurrent)", unit, count, clock.Elapsed);
    }
}
