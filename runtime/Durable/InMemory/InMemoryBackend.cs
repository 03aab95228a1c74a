using System.Threading.Channels;
using Durable.Backend;
using Durable.History;

namespace Durable.InMemory;

/// <summary>
/// A thread-safe backend that keeps all state in process memory: for tests, simulations and benchmarks. State is lost
/// with the process; a worker that stops abandons what it holds, and a new worker over the same backend goes on.
/// </summary>
public sealed partial class InMemoryBackend : IOrchestrationBackend, IDisposable
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _timeProvider;
    private readonly Dictionary<string, InstanceRecord> _instances = new(StringComparer.Ordinal);
    private readonly Channel<InstanceRecord> _readyInstances =
        Channel.CreateUnbounded<InstanceRecord>(new UnboundedChannelOptions { SingleWriter = false, SingleReader = false });

    private int _queuedInstances;
    private int _lockedInstances;

    /// <summary>Creates an empty backend.</summary>
    /// <param name="timeProvider">The clock for timers and timestamps; the system clock by default.</param>
    public InMemoryBackend(TimeProvider? timeProvider = null)
    {
        _timeProvider = timeProvider ?? TimeProvider.System;
        _wakeup = _timeProvider.CreateTimer(_ => OnWakeup(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <inheritdoc />
    public Task<CreateInstanceResult> CreateInstanceAsync(
        string instanceId, ExecutionStartedEvent start, bool replaceEnded, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        ArgumentNullException.ThrowIfNull(start);
        lock (_gate)
        {
            if (_instances.TryGetValue(instanceId, out var existing))
            {
                if (!existing.State.Status.IsTerminal() || !replaceEnded)
                {
                    return Task.FromResult(new CreateInstanceResult(false, existing.State));
                }

                existing.Reset(instanceId, start);
            }
            else
            {
                _instances.Add(instanceId, new InstanceRecord(OrchestrationState.Pending(instanceId, start)));
            }

            var record = _instances[instanceId];
            Deliver(new OrchestrationMessage(instanceId, start.ExecutionId, start));
            return Task.FromResult(new CreateInstanceResult(true, record.State));
        }
    }

    /// <inheritdoc />
    public Task SendMessageAsync(OrchestrationMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        lock (_gate)
        {
            Deliver(message);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<OrchestrationState?> GetStateAsync(
        string instanceId, bool includeInputsAndOutputs = true, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var state = _instances.TryGetValue(instanceId, out var record) ? record.State : null;
            return Task.FromResult(state is not null && !includeInputsAndOutputs ? WithoutPayloads(state) : state);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<HistoryEvent>> GetHistoryAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<HistoryEvent> history = _instances.TryGetValue(instanceId, out var record) ? [.. record.History] : [];
            return Task.FromResult(history);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _wakeup.Dispose();

    private static OrchestrationState WithoutPayloads(OrchestrationState state) =>
        state with { Input = null, Output = null, CustomStatus = null };

    /// <summary>Puts a message in its instance's inbox; must hold the lock.</summary>
    private void Deliver(OrchestrationMessage message)
    {
        if (!_instances.TryGetValue(message.InstanceId, out var record))
        {
            if (message.Event is not ExecutionStartedEvent start)
            {
                return;
            }

            record = new InstanceRecord(OrchestrationState.Pending(message.InstanceId, start));
            _instances.Add(message.InstanceId, record);
        }
        else if (message.Event is ExecutionStartedEvent restart
            && record.State.Status.IsTerminal()
            && record.State.ExecutionId != restart.ExecutionId)
        {
            record.Reset(message.InstanceId, restart);
        }

        record.Inbox.Add(message);
        QueueIfReady(record);
    }

    /// <summary>Offers an instance with messages to the workers; must hold the lock.</summary>
    private void QueueIfReady(InstanceRecord record)
    {
        if (record.Inbox.Count > 0 && !record.Locked && !record.Queued && !record.Removed)
        {
            record.Queued = true;
            _queuedInstances++;
            _readyInstances.Writer.TryWrite(record);
        }
    }
}
