using Durable.AzureStorage.Partitions;
using Durable.Backend;

namespace Durable.AzureStorage;

public sealed partial class AzureStorageBackend
{
    /// <inheritdoc />
    public async Task<OrchestrationWorkItem?> LockNextOrchestrationWorkItemAsync(CancellationToken cancellationToken = default)
    {
        EnsureLeasing();
        while (true)
        {
            var (partition, slot) = await _hub.Ready.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (partition.IsActive && await partition.TryLockAsync(slot, cancellationToken).ConfigureAwait(false) is { } workItem)
            {
                return workItem;
            }
        }
    }

    /// <inheritdoc />
    public Task CompleteOrchestrationWorkItemAsync(
        OrchestrationWorkItem workItem, OrchestrationCommit commit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workItem);
        ArgumentNullException.ThrowIfNull(commit);
        var held = (SlotLock)workItem.LockToken;
        return held.Partition.CompleteAsync(held, commit);
    }

    /// <inheritdoc />
    public Task AbandonOrchestrationWorkItemAsync(OrchestrationWorkItem workItem, string? reason = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workItem);
        var held = (SlotLock)workItem.LockToken;
        return held.Partition.AbandonAsync(held, reason);
    }

    /// <inheritdoc />
    public async Task<ActivityWorkItem?> LockNextActivityWorkItemAsync(CancellationToken cancellationToken = default)
    {
        EnsureLeasing();
        while (true)
        {
            var call = await _hub.Activities.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (call.Partition.IsActive)
            {
                return new ActivityWorkItem(call.Request, call);
            }
        }
    }

    /// <inheritdoc />
    public Task CompleteActivityWorkItemAsync(ActivityWorkItem workItem, OrchestrationMessage result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workItem);
        ArgumentNullException.ThrowIfNull(result);
        var call = Release(workItem);
        call.Partition.DeliverActivityResult(call, PayloadLimits.Enforce(result, call.Request.Name));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task AbandonActivityWorkItemAsync(ActivityWorkItem workItem, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workItem);
        var call = Release(workItem);
        call.Partition.ReturnActivity(call);
        return Task.CompletedTask;
    }

    private static ActivityLock Release(ActivityWorkItem workItem)
    {
        var call = (ActivityLock)workItem.LockToken;
        return call.TryRelease()
            ? call
            : throw new InvalidOperationException(
                $"The call of activity '{call.Request.Name}' for instance '{call.Request.InstanceId}' was already released.");
    }
}
