using System.Threading.Channels;
using Durable.Backend;

namespace Durable.InMemory;

public sealed partial class InMemoryBackend
{
    private readonly Channel<ActivityRequest> _readyActivities =
        Channel.CreateUnbounded<ActivityRequest>(new UnboundedChannelOptions { SingleWriter = false, SingleReader = false });

    private int _queuedActivities;
    private int _lockedActivities;

    /// <inheritdoc />
    public async Task<ActivityWorkItem?> LockNextActivityWorkItemAsync(CancellationToken cancellationToken = default)
    {
        var request = await _readyActivities.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            _queuedActivities--;
            _lockedActivities++;
        }

        return new ActivityWorkItem(request, new ActivityLease());
    }

    /// <inheritdoc />
    public Task CompleteActivityWorkItemAsync(
        ActivityWorkItem workItem, OrchestrationMessage result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workItem);
        ArgumentNullException.ThrowIfNull(result);
        lock (_gate)
        {
            Release(workItem);
            Deliver(result);
            SignalIfIdle();
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task AbandonActivityWorkItemAsync(ActivityWorkItem workItem, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workItem);
        lock (_gate)
        {
            Release(workItem);
            EnqueueActivity(workItem.Request);
        }

        return Task.CompletedTask;
    }

    private void Release(ActivityWorkItem workItem)
    {
        var lease = (ActivityLease)workItem.LockToken;
        if (lease.Released)
        {
            throw new InvalidOperationException(
                $"The call of activity '{workItem.Request.Name}' for instance '{workItem.Request.InstanceId}' was already released.");
        }

        lease.Released = true;
        _lockedActivities--;
    }

    private void EnqueueActivity(ActivityRequest request)
    {
        _queuedActivities++;
        _readyActivities.Writer.TryWrite(request);
    }
}
