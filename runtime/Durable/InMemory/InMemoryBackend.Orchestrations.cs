using Durable.Backend;

namespace Durable.InMemory;

public sealed partial class InMemoryBackend
{
    /// <inheritdoc />
    public async Task<OrchestrationWorkItem?> LockNextOrchestrationWorkItemAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var record = await _readyInstances.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            lock (_gate)
            {
                record.Queued = false;
                _queuedInstances--;
                if (record.Removed || record.Inbox.Count == 0)
                {
                    SignalIfIdle();
                    continue;
                }

                record.Locked = true;
                _lockedInstances++;
                var messages = record.Inbox;
                record.Inbox = [];
                return new OrchestrationWorkItem(record.State.InstanceId, record.State, record.History, messages, record);
            }
        }
    }

    /// <inheritdoc />
    public Task CompleteOrchestrationWorkItemAsync(
        OrchestrationWorkItem workItem, OrchestrationCommit commit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workItem);
        ArgumentNullException.ThrowIfNull(commit);
        lock (_gate)
        {
            var record = Release(workItem);
            if (commit.HistoryReset)
            {
                record.History = [.. commit.NewEvents];
            }
            else
            {
                record.History.AddRange(commit.NewEvents);
            }

            if (commit.State is not null)
            {
                record.State = commit.State;
            }

            foreach (var activity in commit.Activities)
            {
                EnqueueActivity(activity);
            }

            foreach (var message in commit.Messages)
            {
                Deliver(message);
            }

            foreach (var timer in commit.Timers)
            {
                AddTimer(timer);
            }

            QueueIfReady(record);
            SignalIfIdle();
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task AbandonOrchestrationWorkItemAsync(OrchestrationWorkItem workItem, string? reason = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workItem);
        lock (_gate)
        {
            var record = Release(workItem);
            record.Inbox.InsertRange(0, workItem.Messages);
            QueueIfReady(record);
            SignalIfIdle();
        }

        return Task.CompletedTask;
    }

    private InstanceRecord Release(OrchestrationWorkItem workItem)
    {
        var record = (InstanceRecord)workItem.LockToken;
        if (!record.Locked)
        {
            throw new InvalidOperationException($"The work item of instance '{workItem.InstanceId}' is not locked.");
        }

        record.Locked = false;
        _lockedInstances--;
        return record;
    }
}
