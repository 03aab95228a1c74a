using AzureStorage.Client.Tables;
using Durable.AzureStorage.Rows;

namespace Durable.AzureStorage.Partitions;

internal sealed partial class OwnedPartition
{
    /// <summary>
    /// Picks up where the previous owner stopped: live activity calls are run again (at least once), live timers are
    /// tracked, stale rows are removed, waiting inbox messages are queued (counting an attempt if the previous owner
    /// died holding them), and undelivered outbox messages are sent.
    /// </summary>
    private async Task RecoverAsync(bool previousOwnerDied, CancellationToken cancellationToken)
    {
        var activities = await ReadRangeAsync(RowKeys.ActivityPrefix, cancellationToken).ConfigureAwait(false);
        var timers = await ReadRangeAsync(RowKeys.TimerPrefix, cancellationToken).ConfigureAwait(false);
        var inbox = await ReadRangeAsync(RowKeys.MessagePrefix, cancellationToken).ConfigureAwait(false);
        var outbox = await ReadRangeAsync(RowKeys.OutboxPrefix, cancellationToken).ConfigureAwait(false);

        var calls = activities.Select(row => (row.RowKey, Request: ActivityRow.Request(row))).ToList();
        var timerMessages = timers.Select(row => (row.RowKey, Message: MessageRow.Message(row))).ToList();
        foreach (var instanceId in calls.Select(c => c.Request.InstanceId).Concat(timerMessages.Select(t => t.Message.InstanceId)).Distinct())
        {
            InstanceSlot slot;
            lock (_gate)
            {
                slot = Slot(instanceId);
            }

            await LoadAsync(slot, cancellationToken).ConfigureAwait(false);
        }

        var stale = new List<TableOp>();
        lock (_gate)
        {
            foreach (var (rowKey, request) in calls)
            {
                if (Recovery.IsLive(Slot(request.InstanceId), request))
                {
                    _hub.Activities.Writer.TryWrite(new ActivityLock(this, rowKey, request));
                }
                else
                {
                    stale.Add(TableOp.Delete(Key, rowKey));
                }
            }

            foreach (var (rowKey, message) in timerMessages)
            {
                if (Recovery.IsLive(Slot(message.InstanceId), message))
                {
                    AddTimer(rowKey, message);
                }
                else
                {
                    stale.Add(TableOp.Delete(Key, rowKey));
                }
            }
        }

        await RemoveStaleAsync(stale).ConfigureAwait(false);
        await QueueInboxAsync(inbox, previousOwnerDied, cancellationToken).ConfigureAwait(false);
        var undelivered = outbox.Select(row => new OutboxItem(
            row.RowKey, row.GetString("TargetPartition")!, row.GetString("TargetRowKey")!, MessageRow.Message(row))).ToList();
        if (undelivered.Count > 0)
        {
            _ = SendOutboxAsync(undelivered);
        }

        Log.PartitionAcquired(_hub.Logger, _hub.HostId, Key, calls.Count - stale.Count(s => s.Entity.RowKey.StartsWith(RowKeys.ActivityPrefix, StringComparison.Ordinal)), timerMessages.Count, inbox.Count);
    }

    private async Task QueueInboxAsync(List<TableEntity> inbox, bool previousOwnerDied, CancellationToken cancellationToken)
    {
        if (previousOwnerDied)
        {
            // The dead owner may have been processing these: count the attempt, durably, so a message that kills every
            // host that takes it ends in the poison table instead of taking the service down.
            foreach (var row in inbox)
            {
                row["DequeueCount"] = MessageRow.DequeueCount(row) + 1;
                await _hub.Table.UpsertAsync(row, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
            }
        }

        List<(TableEntity Row, string Reason)> poisoned;
        lock (_gate)
        {
            poisoned = ReceiveRows(inbox).Poisoned;
        }

        await PoisonEachAsync(poisoned).ConfigureAwait(false);
    }

    private async Task RemoveStaleAsync(List<TableOp> stale)
    {
        if (stale.Count == 0)
        {
            return;
        }

        foreach (var chunk in stale.Chunk(TableTransaction.MaxActions - 1))
        {
            await _committer.SubmitAsync(new CommitRequest([.. chunk], [], [])).ConfigureAwait(false);
        }

        Log.StaleRowsRemoved(_hub.Logger, Key, stale.Count);
    }

    private Task<List<TableEntity>> ReadRangeAsync(string prefix, CancellationToken cancellationToken) =>
        _hub.Table.QueryAllAsync(new TableQuery(RowKeys.Range(Key, prefix)), cancellationToken).ToListAsync(cancellationToken).AsTask();
}
