using AzureStorage.Client.Tables;
using Durable.AzureStorage.Rows;
using Durable.Backend;

namespace Durable.AzureStorage.Partitions;

internal sealed partial class OwnedPartition
{
    // Inbox rows consumed by one episode are deleted in its atomic transaction, which also holds the instance row
    // and the lease: at most 100 operations.
    private const int MaxInboxPerEpisode = 90;

    public async Task<OrchestrationWorkItem?> TryLockAsync(InstanceSlot slot, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            slot.Queued = false;
            if (!IsActive || slot.Locked || slot.Pending.Count == 0)
            {
                return null;
            }

            slot.Locked = true;
        }

        try
        {
            if (!slot.Loaded || slot.ReloadRequested)
            {
                await LoadAsync(slot, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // An instance that cannot be read counts as a failed attempt, so its messages end in the poison table.
            List<PendingMessage> waiting;
            lock (_gate)
            {
                waiting = [.. slot.Pending];
            }

            await AbandonAsync(new SlotLock(this, slot, waiting), $"the instance could not be read: {exception.GetType().Name}: {exception.Message}").ConfigureAwait(false);
            return null;
        }
        catch
        {
            Unlock(slot, retryAfter: TimeSpan.Zero);
            throw;
        }

        lock (_gate)
        {
            var taken = new List<PendingMessage>();
            var inbox = 0;
            foreach (var pending in slot.Pending)
            {
                if (pending.Kind == PendingKind.Inbox && ++inbox > MaxInboxPerEpisode)
                {
                    break;
                }

                taken.Add(pending);
            }

            return new OrchestrationWorkItem(
                slot.InstanceId, slot.State, slot.History, [.. taken.Select(m => m.Message)], new SlotLock(this, slot, taken));
        }
    }

    public async Task CompleteAsync(SlotLock held, OrchestrationCommit commit)
    {
        var slot = held.Slot;
        var (request, effects) = CommitPlanner.Plan(_hub, Key, slot, held.Taken, commit);
        IReadOnlyList<ETag?> etags;
        try
        {
            etags = await _committer.SubmitAsync(request).ConfigureAwait(false);
        }
        catch
        {
            lock (_gate)
            {
                slot.ReloadRequested = true;
            }

            throw;
        }

        lock (_gate)
        {
            if (effects.Row is { } row)
            {
                slot.State = row.State;
                slot.ETag = etags[0];
                if (commit.HistoryReset)
                {
                    slot.History = [.. commit.NewEvents];
                }
                else
                {
                    slot.History.AddRange(commit.NewEvents);
                }

                (slot.HistoryStart, slot.HistoryRows) = (row.HistoryStart, row.HistoryRows);
            }

            foreach (var consumed in held.Taken)
            {
                slot.Pending.Remove(consumed);
                Consumed(consumed);
            }

            ApplyEffects(effects);
            slot.Locked = false;
            MakeReady(slot);
        }

        if (effects.Outbox.Count > 0)
        {
            _ = SendOutboxAsync(effects.Outbox);
        }
    }

    public async Task AbandonAsync(SlotLock held, string? reason)
    {
        if (!IsActive)
        {
            // The partition moved to another host: the failure was not the messages' fault.
            Unlock(held.Slot, TimeSpan.Zero);
            return;
        }

        List<PendingMessage> poisoned;
        lock (_gate)
        {
            foreach (var message in held.Taken)
            {
                message.DequeueCount++;
            }

            poisoned = [.. held.Taken.Where(m => m.DequeueCount >= _hub.Options.MaxDequeueCount)];
            poisoned.ForEach(m => held.Slot.Pending.Remove(m));
            held.Slot.ReloadRequested = true;
        }

        if (poisoned.Count > 0)
        {
            await PoisonAsync(held.Slot.InstanceId, poisoned, reason ?? "the episode failed").ConfigureAwait(false);
        }

        var attempts = held.Taken.Count == 0 ? 1 : held.Taken.Max(m => m.DequeueCount);
        Unlock(held.Slot, TimeSpan.FromMilliseconds(Math.Min(5_000, 50 * (1 << Math.Min(attempts, 10)))));
    }

    public void DeliverActivityResult(ActivityLock call, OrchestrationMessage result)
    {
        lock (_gate)
        {
            if (IsActive)
            {
                var slot = Slot(call.Request.InstanceId);
                slot.Pending.Add(new PendingMessage(result, PendingKind.ActivityResult, call.RowKey));
                MakeReady(slot);
            }
        }
    }

    public void ReturnActivity(ActivityLock call)
    {
        if (IsActive)
        {
            _hub.Activities.Writer.TryWrite(new ActivityLock(this, call.RowKey, call.Request));
        }
    }

    private void ApplyEffects(CommitEffects effects)
    {
        foreach (var (rowKey, request) in effects.Activities)
        {
            _hub.Activities.Writer.TryWrite(new ActivityLock(this, rowKey, request));
        }

        foreach (var (rowKey, timer) in effects.Timers)
        {
            AddTimer(rowKey, timer);
        }

        foreach (var (rowKey, message) in effects.LocalMessages)
        {
            Receive(rowKey, message, dequeueCount: 0);
        }
    }

    private void Unlock(InstanceSlot slot, TimeSpan retryAfter)
    {
        lock (_gate)
        {
            slot.Locked = false;
            if (retryAfter <= TimeSpan.Zero)
            {
                MakeReady(slot);
                return;
            }

            // Keep the instance from being offered again until the back-off has passed.
            slot.Queued = true;
        }

        _ = RetryLaterAsync(slot, retryAfter);
    }

    private async Task RetryLaterAsync(InstanceSlot slot, TimeSpan delay)
    {
        try
        {
            await Task.Delay(delay, _hub.LeaseClock, _stopping.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        lock (_gate)
        {
            slot.Queued = false;
            MakeReady(slot);
        }
    }

    private async Task LoadAsync(InstanceSlot slot, CancellationToken cancellationToken)
    {
        var entity = await _hub.Table.GetEntityAsync(Key, RowKeys.Instance(slot.InstanceId), null, cancellationToken).ConfigureAwait(false);
        slot.Forget();
        if (entity is not null)
        {
            var row = InstanceRow.FromEntity(entity);
            slot.State = row.State;
            slot.ETag = entity.ETag;
            (slot.HistoryStart, slot.HistoryRows) = (row.HistoryStart, row.HistoryRows);
            if (row.HistoryRows > 0)
            {
                var rows = await _hub.Table.QueryAllAsync(new TableQuery(RowKeys.HistoryOf(Key, slot.InstanceId, row)), cancellationToken)
                    .ToListAsync(cancellationToken).ConfigureAwait(false);
                slot.History = HistoryRows.FromEntities(rows);
            }
        }

        slot.Loaded = true;
        slot.ReloadRequested = false;
    }
}
