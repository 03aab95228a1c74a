using System.Globalization;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace Probation.Bench;

/// <summary>
/// (a) The ceiling of the storage account itself through the Azure SDK clients, with their default options: queue
/// put+get+delete cycles (what an engine does for each message it handles) and table inserts, one at a time like one
/// engine loop, then several at once.
/// </summary>
internal sealed class RawStorageBench(BenchSettings settings, TimeProvider time)
{
    private const int Parallelism = 8;
    private const int WarmUp = 20;

    // A receive can come back empty while another worker's message is still being written; it is simply asked again.
    private const int MaxEmptyReceives = 100;

    public async Task<ScenarioResult> RunAsync(string name, CancellationToken cancellationToken)
    {
        var queue = new QueueClient(settings.ConnectionString, name.ToLowerInvariant());
        var table = new TableClient(settings.ConnectionString, name);
        await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        await table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var n = settings.RawCycles;
            await RateAsync(WarmUp, 1, _ => CycleAsync(queue, cancellationToken)).ConfigureAwait(false);
            await RateAsync(WarmUp, 1, i => InsertAsync(table, "warm-up", i, cancellationToken)).ConfigureAwait(false);
            var cycles = await RateAsync(n, 1, _ => CycleAsync(queue, cancellationToken)).ConfigureAwait(false);
            var inserts = await RateAsync(n, 1, i => InsertAsync(table, "sequential", i, cancellationToken)).ConfigureAwait(false);
            var parallelCycles = await RateAsync(n, Parallelism, _ => CycleAsync(queue, cancellationToken)).ConfigureAwait(false);
            var parallelInserts = await RateAsync(n, Parallelism, i => InsertAsync(table, "parallel", i, cancellationToken)).ConfigureAwait(false);
            return new ScenarioResult(
                [
                    new Figure(FigureKeys.RawQueueCycles, "(a) raw queue put+get+delete, one at a time", cycles, "cycles/s", FigureKind.Throughput),
                    new Figure("raw.table.inserts", "(a) raw table inserts, one at a time", inserts, "inserts/s", FigureKind.Throughput),
                    new Figure("raw.queue.parallel", $"(a) raw queue cycles, {Parallelism} at once", parallelCycles, "cycles/s", FigureKind.Throughput),
                    new Figure("raw.table.parallel", $"(a) raw table inserts, {Parallelism} at once", parallelInserts, "inserts/s", FigureKind.Throughput),
                ],
                [string.Create(CultureInfo.InvariantCulture, $"(a) {n:N0} queue cycles and {n:N0} table inserts per measurement, after {WarmUp} of each to warm up.")]);
        }
        finally
        {
            await queue.DeleteIfExistsAsync(CancellationToken.None).ConfigureAwait(false);
            await table.DeleteAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    private static async Task CycleAsync(QueueClient queue, CancellationToken cancellationToken)
    {
        await queue.SendMessageAsync("raw cycle", cancellationToken).ConfigureAwait(false);
        for (var attempt = 1; attempt <= MaxEmptyReceives; attempt++)
        {
            if ((await queue.ReceiveMessageAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value is QueueMessage message)
            {
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken).ConfigureAwait(false);
                return;
            }
        }

        throw new InvalidOperationException($"Queue {queue.Name} answered {MaxEmptyReceives} receives in a row with no message.");
    }

    private static Task InsertAsync(TableClient table, string partition, int row, CancellationToken cancellationToken) =>
        table.AddEntityAsync(new TableEntity(partition, row.ToString("D8", CultureInfo.InvariantCulture)) { ["Text"] = "raw insert" }, cancellationToken);

    private async Task<double> RateAsync(int count, int parallelism, Func<int, Task> operation)
    {
        var started = time.GetTimestamp();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (i, _) =>
            await operation(i).ConfigureAwait(false)).ConfigureAwait(false);
        return count / time.GetElapsedTime(started).TotalSeconds;
    }
}
