using AzureStorage.Client.Tables;
using Durable.AzureStorage.Rows;
using Durable.Backend;
using Durable.History;

namespace Durable.AzureStorage.Partitions;

/// <summary>
/// Turns an episode's commit into table writes. A commit that fits one transaction is written atomically; a larger
/// one writes its new rows first (idempotent, with keys that a retried episode reproduces, and invisible until the
/// instance row points at them), then the instance row with the consumed inbox rows, then the clean-up.
/// </summary>
internal static class CommitPlanner
{
    public static (CommitRequest Request, CommitEffects Effects) Plan(
        HubContext hub, string partitionKey, InstanceSlot slot, IReadOnlyList<PendingMessage> taken, OrchestrationCommit commit)
    {
        var instanceId = slot.InstanceId;
        var position = slot.HistoryStart + slot.HistoryRows;
        var writes = new List<TableOp>();
        var cleanUp = new List<TableOp>();
        var (historyStart, historyRows) = (slot.HistoryStart, slot.HistoryRows);
        if (commit.NewEvents.Count > 0)
        {
            var rows = HistoryRows.ToEntities(partitionKey, instanceId, position, commit.NewEvents);
            writes.AddRange(rows.Select(TableOp.Upsert));
            if (commit.HistoryReset)
            {
                cleanUp.AddRange(Enumerable.Range(slot.HistoryStart, slot.HistoryRows).Select(r => TableOp.Delete(partitionKey, RowKeys.History(instanceId, r))));
                (historyStart, historyRows) = (position, rows.Count);
            }
            else
            {
                historyRows += rows.Count;
            }
        }

        var activities = commit.Activities.Select(a => (ActivityRow.Key(a), a)).ToList();
        writes.AddRange(commit.Activities.Select(a => TableOp.Upsert(ActivityRow.ToEntity(partitionKey, a))));
        var timers = commit.Timers.Select(t => (TimerKey(t), t)).ToList();
        writes.AddRange(timers.Select(t => TableOp.Upsert(MessageRow.ToEntity(partitionKey, t.Item1, t.t))));
        var (local, outbox) = Route(hub, partitionKey, slot, position, commit.Messages, writes);

        var row = commit.State is null && commit.NewEvents.Count == 0 ? null : new InstanceRow(commit.State ?? slot.State!, historyStart, historyRows);
        var atomic = new List<TableOp>();
        if (row is not null)
        {
            var entity = row.ToEntity(partitionKey);
            atomic.Add(slot.ETag is { } etag ? new TableOp(TableTransactionActionType.UpdateReplace, entity, etag) : new TableOp(TableTransactionActionType.Insert, entity));
        }

        var inboxDeletes = taken.Where(m => m.Kind == PendingKind.Inbox).Select(m => TableOp.Delete(partitionKey, m.RowKey));
        var otherDeletes = taken.Where(m => m.Kind != PendingKind.Inbox).Select(m => TableOp.Delete(partitionKey, m.RowKey));
        atomic.AddRange(inboxDeletes);
        var effects = new CommitEffects(row, activities, timers, local, outbox);
        var everything = atomic.Concat(writes).Concat(otherDeletes).Concat(cleanUp).ToList();
        if (everything.Count + 1 <= TableTransaction.MaxActions && everything.Sum(op => op.EstimatedBytes) <= PartitionCommitter.MaxBatchBytes)
        {
            return (new CommitRequest(everything, [], []), effects);
        }

        return (new CommitRequest(atomic, writes, [.. otherDeletes, .. cleanUp]), effects);
    }

    private static string TimerKey(OrchestrationMessage timer)
    {
        var fired = (TimerFiredEvent)timer.Event;
        return RowKeys.Timer(fired.FireAt, timer.InstanceId, timer.ExecutionId!, fired.TimerId);
    }

    /// <summary>
    /// Messages for this partition become inbox rows of the same transaction; the others wait in outbox rows. Their keys
    /// derive from the sender's history position, so a retried episode writes the same rows again, not new ones.
    /// </summary>
    private static (List<(string, OrchestrationMessage)> Local, List<OutboxItem> Outbox) Route(
        HubContext hub, string partitionKey, InstanceSlot slot, int position, IReadOnlyList<OrchestrationMessage> messages, List<TableOp> writes)
    {
        var local = new List<(string, OrchestrationMessage)>();
        var outbox = new List<OutboxItem>();
        var sender = slot.State?.ExecutionId ?? "start";
        for (var i = 0; i < messages.Count; i++)
        {
            var message = messages[i];
            var target = hub.Map.KeyOf(message.InstanceId);
            var rowKey = RowKeys.Message(message.InstanceId, ((long)position * 100_000) + i, $"{sender}.{i}");
            if (target == partitionKey)
            {
                writes.Add(TableOp.Upsert(MessageRow.ToEntity(partitionKey, rowKey, message)));
                local.Add((rowKey, message));
            }
            else
            {
                var item = new OutboxItem(RowKeys.Outbox(slot.InstanceId, $"{position}.{i}"), target, rowKey, message);
                var entity = MessageRow.ToEntity(partitionKey, item.RowKey, message);
                entity["TargetPartition"] = target;
                entity["TargetRowKey"] = rowKey;
                writes.Add(TableOp.Upsert(entity));
                outbox.Add(item);
            }
        }

        return (local, outbox);
    }
}
