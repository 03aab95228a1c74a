using AzureStorage.Client;
using AzureStorage.Client.Tables;
using Durable.AzureStorage.Partitions;
using Durable.AzureStorage.Rows;

namespace Durable.AzureStorage;

public sealed partial class AzureStorageBackend
{
    /// <summary>Starts taking partitions, once: only a host whose worker asks for work holds leases.</summary>
    private void EnsureLeasing()
    {
        lock (_gate)
        {
            _leaseLoop ??= Task.Run(LeaseLoopAsync);
        }
    }

    private async Task LeaseLoopAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            try
            {
                await BalanceAsync(_stopping.Token).ConfigureAwait(false);
                await Task.Delay(_hub.Options.LeaseRenewInterval, _hub.LeaseClock, _stopping.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                Log.LeaseManagerFailed(_hub.Logger, exception, _hub.HostId);
                await Task.Delay(_hub.Options.LeaseRenewInterval, _hub.LeaseClock, CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Announces this host, lists the live ones, and moves towards this host's share: frees partitions above it and
    /// takes free or expired ones below it.
    /// </summary>
    private async Task BalanceAsync(CancellationToken cancellationToken)
    {
        var now = _hub.LeaseClock.GetUtcNow();
        var announce = new TableEntity(HubRows.HostsPartition, _hub.HostId) { ["ExpiresAt"] = now + _hub.Options.LeaseDuration };
        await _hub.Table.UpsertAsync(announce, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        var hosts = await _hub.Table.QueryAllAsync(new TableQuery(TableFilter.PartitionKeyEquals(HubRows.HostsPartition)), cancellationToken)
            .Where(h => h.GetDateTimeOffset("ExpiresAt") > now)
            .Select(h => h.RowKey)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var target = PartitionShare.For(_hub.HostId, hosts, _hub.Map.Count);
        var held = OwnedPartitions;
        Log.Balance(_hub.Logger, _hub.HostId, hosts.Count, target, _hub.Map.Count, held.Count);
        if (held.Count > target)
        {
            foreach (var index in held.OrderDescending().Take(held.Count - target))
            {
                await ReleaseAsync(index).ConfigureAwait(false);
            }

            return;
        }

        for (var index = 0; index < _hub.Map.Count && OwnedPartitions.Count < target && !cancellationToken.IsCancellationRequested; index++)
        {
            if (!OwnedPartitions.Contains(index))
            {
                await TryAcquireAsync(index, now, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task TryAcquireAsync(int index, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var partitionKey = PartitionMap.Key(index);
        var lease = await _hub.Table.GetEntityAsync(partitionKey, RowKeys.Lease, null, cancellationToken).ConfigureAwait(false);
        if (lease is null)
        {
            return;
        }

        var owner = LeaseEntity.Owner(lease);
        var expired = owner.Length > 0 && LeaseEntity.ExpiresAt(lease) < now;
        if (owner.Length > 0 && !expired)
        {
            return;
        }

        ETag etag;
        try
        {
            var held = LeaseEntity.Held(partitionKey, _hub.HostId, now + _hub.Options.LeaseDuration);
            etag = await _hub.Table.UpdateAsync(held, lease.ETag!.Value, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
        }
        catch (StoragePreconditionFailedException)
        {
            return;
        }

        OwnedPartition partition;
        try
        {
            partition = await OwnedPartition.OpenAsync(_hub, index, etag, expired, OnPartitionLost, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // Let any host (this one included) try again at once, rather than after the lease expires.
            await _hub.Table.UpdateAsync(LeaseEntity.Free(partitionKey), ETag.All, TableUpdateMode.Merge, CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        lock (_gate)
        {
            _owned[index] = partition;
        }
    }

    private async Task ReleaseAsync(int index)
    {
        OwnedPartition? partition;
        lock (_gate)
        {
            if (_owned.Remove(index, out partition) is false)
            {
                return;
            }
        }

        await partition.StopAsync(releaseLease: true).ConfigureAwait(false);
        await partition.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Removes this host from the live hosts at once, so the others rebalance without waiting for it to expire.</summary>
    private async Task LeaveAsync()
    {
        try
        {
            await _hub.Table.DeleteEntityAsync(HubRows.HostsPartition, _hub.HostId, ETag.All, CancellationToken.None).ConfigureAwait(false);
        }
        catch (StorageException)
        {
        }
    }
}
