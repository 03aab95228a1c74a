using AzureStorage.Client.Tables;
using Durable.AzureStorage.Rows;

namespace Durable.AzureStorage.Partitions;

/// <summary>
/// A partition this host holds the lease of: the only place its instances are processed, so their rows and histories
/// can stay cached here between episodes. Everything mutable is guarded by one lock.
/// </summary>
internal sealed partial class OwnedPartition : IAsyncDisposable
{
    private readonly HubContext _hub;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, InstanceSlot> _slots = new(StringComparer.Ordinal);
    private readonly LinkedList<InstanceSlot> _recency = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly PartitionCommitter _committer;
    private readonly Action<OwnedPartition> _onLost;
    private Task _polling = Task.CompletedTask;

    private OwnedPartition(HubContext hub, int index, ETag leaseETag, Action<OwnedPartition> onLost)
    {
        _hub = hub;
        _onLost = onLost;
        Index = index;
        Key = PartitionMap.Key(index);
        _committer = new PartitionCommitter(hub, Key, leaseETag, () => _onLost(this));
        _wakeup = hub.Clock.CreateTimer(_ => OnTimerWakeup(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public int Index { get; }

    public string Key { get; }

    public bool IsActive => !_stopping.IsCancellationRequested && !_committer.Lost;

    /// <summary>Takes over a partition whose lease this host just won: recovers its rows, then starts working on it.</summary>
    public static async Task<OwnedPartition> OpenAsync(
        HubContext hub, int index, ETag leaseETag, bool previousOwnerDied, Action<OwnedPartition> onLost, CancellationToken cancellationToken)
    {
        var partition = new OwnedPartition(hub, index, leaseETag, onLost);
        try
        {
            await partition.RecoverAsync(previousOwnerDied, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await partition.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        partition._polling = Task.Run(partition.PollAsync, CancellationToken.None);
        return partition;
    }

    /// <summary>Stops taking work, lets running commits finish, and frees the lease when asked.</summary>
    public async Task StopAsync(bool releaseLease)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        SignalPoll();
        await _polling.ConfigureAwait(false);
        await _committer.StopAsync(releaseLease && !_committer.Lost).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stopping.IsCancellationRequested)
        {
            await _stopping.CancelAsync().ConfigureAwait(false);
        }

        SignalPoll();
        await _polling.ConfigureAwait(false);
        await _committer.DisposeAsync().ConfigureAwait(false);
        await _wakeup.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }

    /// <summary>The slot of an instance, created empty when the instance is not cached; must hold the lock.</summary>
    private InstanceSlot Slot(string instanceId)
    {
        if (!_slots.TryGetValue(instanceId, out var slot))
        {
            slot = new InstanceSlot(instanceId);
            _slots.Add(instanceId, slot);
            slot.Recency = _recency.AddLast(slot);
            EvictIdleSlots();
        }
        else
        {
            _recency.Remove(slot.Recency!);
            _recency.AddLast(slot.Recency!);
        }

        return slot;
    }

    private void EvictIdleSlots()
    {
        var node = _recency.First;
        while (_slots.Count > _hub.Options.InstanceCacheSize && node is not null)
        {
            var next = node.Next;
            var slot = node.Value;
            if (!slot.Locked && !slot.Queued && slot.Pending.Count == 0)
            {
                _recency.Remove(node);
                _slots.Remove(slot.InstanceId);
            }

            node = next;
        }
    }

    /// <summary>Offers an instance with pending messages to the workers; must hold the lock.</summary>
    private void MakeReady(InstanceSlot slot)
    {
        if (IsActive && slot.Pending.Count > 0 && !slot.Locked && !slot.Queued)
        {
            slot.Queued = true;
            _hub.Ready.Writer.TryWrite((this, slot));
        }
    }
}
