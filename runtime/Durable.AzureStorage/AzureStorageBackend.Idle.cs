using System.Globalization;
using AzureStorage.Client.Tables;
using Durable.AzureStorage.Rows;

namespace Durable.AzureStorage;

public sealed partial class AzureStorageBackend
{
    private static readonly TimeSpan IdleCheckInterval = TimeSpan.FromMilliseconds(20);

    /// <inheritdoc />
    public async Task<DateTime?> GetNextTimerDueAsync(CancellationToken cancellationToken = default)
    {
        var firsts = await Task.WhenAll(_hub.Map.Keys.Select(async partitionKey =>
        {
            var page = await _hub.Table.QueryAsync(new TableQuery(RowKeys.Range(partitionKey, RowKeys.TimerPrefix), ["RowKey"], 1), null, cancellationToken)
                .ConfigureAwait(false);
            return page.Entities.Count == 0 ? (DateTime?)null : RowKeys.TimerDue(page.Entities[0].RowKey);
        })).ConfigureAwait(false);
        return firsts.Where(due => due is not null).Min();
    }

    /// <inheritdoc />
    /// <remarks>
    /// Storage alone tells: an inbox message, an activity call or an outbox message stays in its row until the commit
    /// that consumes it, and a timer until it has fired into a committed episode.
    /// </remarks>
    public async Task WaitForIdleAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            CheckTimers();
            if (await IsIdleAsync(cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            await Task.Delay(IdleCheckInterval, _hub.LeaseClock, cancellationToken).ConfigureAwait(false);
        }
    }

    private void CheckTimers()
    {
        lock (_gate)
        {
            foreach (var partition in _owned.Values)
            {
                partition.CheckTimers();
            }
        }
    }

    private async Task<bool> IsIdleAsync(CancellationToken cancellationToken)
    {
        var dueBound = RowKeys.TimerPrefix + _hub.Clock.GetUtcNow().UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + "|~";
        var busy = await Task.WhenAll(_hub.Map.Keys.Select(async partitionKey =>
        {
            var filter = $"{TableFilter.PartitionKeyEquals(partitionKey)} and ({Range(RowKeys.ActivityPrefix)} or {Range(RowKeys.MessagePrefix)}"
                + $" or {Range(RowKeys.OutboxPrefix)} or (RowKey ge {TableFilter.Literal(RowKeys.TimerPrefix)} and RowKey le {TableFilter.Literal(dueBound)}))";
            var page = await _hub.Table.QueryAsync(new TableQuery(filter, ["RowKey"], 1), null, cancellationToken).ConfigureAwait(false);
            return page.Entities.Count > 0;
        })).ConfigureAwait(false);
        return !busy.Any(b => b);
    }

    private static string Range(string prefix) => $"(RowKey ge {TableFilter.Literal(prefix)} and RowKey lt {TableFilter.Literal(RowKeys.After(prefix))})";
}
