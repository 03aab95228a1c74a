using AzureStorage.Client;
using AzureStorage.Client.Tables;
using Durable.AzureStorage.Rows;

namespace Durable.AzureStorage.Partitions;

internal sealed partial class OwnedPartition
{
    /// <summary>
    /// Delivers outbox messages to their partitions' inboxes, then deletes them here. A crash in between delivers
    /// again to the same inbox row, which is overwritten, not duplicated.
    /// </summary>
    private async Task SendOutboxAsync(IReadOnlyList<OutboxItem> items)
    {
        foreach (var item in items)
        {
            var delay = TimeSpan.FromMilliseconds(100);
            while (IsActive)
            {
                try
                {
                    var entity = MessageRow.ToEntity(item.TargetPartition, item.TargetRowKey, item.Message);
                    await _hub.Table.UpsertAsync(entity, TableUpdateMode.Replace, _stopping.Token).ConfigureAwait(false);
                    _hub.NotifyWrite(item.TargetPartition);
                    await DeleteIfPresentAsync(item.RowKey).ConfigureAwait(false);
                    break;
                }
                catch (StorageException exception)
                {
                    Log.OutboxFailed(_hub.Logger, exception, Key);
                    await Task.Delay(delay, _hub.LeaseClock, _stopping.Token).ConfigureAwait(false);
                    delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(30).Ticks));
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Moves messages that keep failing to the poison table with the reason, then removes them here.</summary>
    private async Task PoisonAsync(string instanceId, IReadOnlyList<PendingMessage> messages, string reason)
    {
        var rows = messages.Select(m => MessageRow.ToEntity(Key, m.RowKey, m.Message, m.DequeueCount)).ToList();
        await PoisonRowsAsync(instanceId, rows, reason).ConfigureAwait(false);
        lock (_gate)
        {
            foreach (var message in messages)
            {
                Consumed(message);
            }
        }
    }

    /// <summary>Copies rows to the poison table (partition: the instance) with the reason, then deletes them here, fenced by the lease.</summary>
    private async Task PoisonRowsAsync(string instanceId, IReadOnlyList<TableEntity> rows, string reason)
    {
        var poisonedAt = _hub.LeaseClock.GetUtcNow();
        foreach (var row in rows)
        {
            var entity = new TableEntity(RowKeys.Escape(instanceId), row.RowKey)
            {
                ["Partition"] = Key,
                ["Attempts"] = MessageRow.DequeueCount(row),
                ["Reason"] = reason.Length > 8_000 ? reason[..8_000] : reason,
                ["PoisonedAt"] = poisonedAt,
            };
            LargeText.Write(entity, "Message", LargeText.Read(row, "Message"));
            await _hub.Poison.UpsertAsync(entity, TableUpdateMode.Replace, CancellationToken.None).ConfigureAwait(false);
        }

        foreach (var chunk in rows.Chunk(TableTransaction.MaxActions - 1))
        {
            await _committer.SubmitAsync(new CommitRequest([.. chunk.Select(r => TableOp.Delete(Key, r.RowKey))], [], [])).ConfigureAwait(false);
        }

        Log.Poisoned(_hub.Logger, instanceId, rows.Count, rows.Max(MessageRow.DequeueCount), reason);
    }

    private async Task DeleteIfPresentAsync(string rowKey)
    {
        try
        {
            await _hub.Table.DeleteEntityAsync(Key, rowKey, ETag.All, CancellationToken.None).ConfigureAwait(false);
        }
        catch (StorageNotFoundException)
        {
        }
    }
}
