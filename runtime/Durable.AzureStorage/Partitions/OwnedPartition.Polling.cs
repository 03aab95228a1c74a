using AzureStorage.Client.Tables;
using Durable.AzureStorage.Rows;
using Durable.Backend;
using Durable.History;

namespace Durable.AzureStorage.Partitions;

internal sealed partial class OwnedPartition
{
    private static readonly TimeSpan MinPollInterval = TimeSpan.FromMilliseconds(10);

    private readonly HashSet<string> _knownInbox = new(StringComparer.Ordinal);
    private HashSet<string>? _consumedDuringPoll;
    private TaskCompletionSource _pollSignal = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Looks for new inbox rows now rather than at the next poll (a local client just wrote one).</summary>
    public void SignalPoll()
    {
        lock (_gate)
        {
            _pollSignal.TrySetResult();
        }
    }

    /// <summary>Reads the partition's inbox rows, quickly while messages keep coming and backing off while idle.</summary>
    private async Task PollAsync()
    {
        var delay = MinPollInterval;
        while (!_stopping.IsCancellationRequested)
        {
            Task signal;
            lock (_gate)
            {
                signal = _pollSignal.Task;
            }

            var found = 0;
            try
            {
                found = await PollOnceAsync().ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                Log.PollFailed(_hub.Logger, exception, Key);
            }

            delay = found > 0 ? MinPollInterval : TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _hub.Options.MaxPollInterval.Ticks));
            using (var wait = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token))
            {
                await Task.WhenAny(signal, Task.Delay(delay, _hub.LeaseClock, wait.Token)).ConfigureAwait(false);
                await wait.CancelAsync().ConfigureAwait(false);
            }

            lock (_gate)
            {
                if (_pollSignal.Task.IsCompleted)
                {
                    _pollSignal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    delay = MinPollInterval;
                }
            }
        }
    }

    private async Task<int> PollOnceAsync()
    {
        lock (_gate)
        {
            _consumedDuringPoll = new HashSet<string>(StringComparer.Ordinal);
        }

        var rows = await _hub.Table.QueryAllAsync(new TableQuery(RowKeys.Range(Key, RowKeys.MessagePrefix)), _stopping.Token)
            .ToListAsync(_stopping.Token).ConfigureAwait(false);
        int found;
        List<(TableEntity Row, string Reason)> poisoned;
        lock (_gate)
        {
            (found, poisoned) = ReceiveRows(rows);
            _consumedDuringPoll = null;
        }

        await PoisonEachAsync(poisoned).ConfigureAwait(false);
        return found;
    }

    /// <summary>
    /// Queues inbox rows not seen before; rows that cannot be read, or that failed too often, are returned to be
    /// poisoned. Must hold the lock.
    /// </summary>
    private (int Received, List<(TableEntity Row, string Reason)> Poisoned) ReceiveRows(IEnumerable<TableEntity> rows)
    {
        var received = 0;
        var poisoned = new List<(TableEntity Row, string Reason)>();
        foreach (var row in rows)
        {
            if (_knownInbox.Contains(row.RowKey) || _consumedDuringPoll?.Contains(row.RowKey) == true)
            {
                continue;
            }

            if (MessageRow.TryRead(row, out var message, out var unreadable))
            {
                poisoned.Add((row, $"the stored message cannot be read: {unreadable}"));
            }
            else if (MessageRow.DequeueCount(row) >= _hub.Options.MaxDequeueCount)
            {
                poisoned.Add((row, "delivery failed on every host that owned the partition"));
            }
            else
            {
                Receive(row.RowKey, message!, MessageRow.DequeueCount(row));
                received++;
            }
        }

        return (received, poisoned);
    }

    private async Task PoisonEachAsync(List<(TableEntity Row, string Reason)> poisoned)
    {
        foreach (var (row, reason) in poisoned)
        {
            await PoisonRowsAsync(RowKeys.InstanceOfMessage(row.RowKey), [row], reason).ConfigureAwait(false);
        }
    }

    /// <summary>Adds an inbox row to its instance's pending messages, once; must hold the lock.</summary>
    private void Receive(string rowKey, OrchestrationMessage message, int dequeueCount)
    {
        if (!_knownInbox.Add(rowKey))
        {
            return;
        }

        var slot = Slot(message.InstanceId);
        if (message.Event is ExecutionStartedEvent)
        {
            // A start may come with a row a client replaced (a restart), so the cached one is no longer trusted.
            slot.ReloadRequested = true;
        }

        slot.Pending.Add(new PendingMessage(message, PendingKind.Inbox, rowKey, dequeueCount));
        MakeReady(slot);
    }

    /// <summary>Forgets a consumed inbox row, so a poll that read it before it was deleted does not deliver it again.</summary>
    private void Consumed(PendingMessage message)
    {
        if (message.Kind == PendingKind.Inbox)
        {
            _knownInbox.Remove(message.RowKey);
            _consumedDuringPoll?.Add(message.RowKey);
        }
    }
}
