using AzureStorage.Client;
using AzureStorage.Client.Tables;
using Durable.AzureStorage.Partitions;
using Durable.AzureStorage.Rows;
using Durable.Backend;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Durable.AzureStorage;

/// <summary>
/// A backend on Azure Storage tables (Azurite locally), shared by any number of hosts. The hub is one table split into
/// partitions by a stable hash of the instance id; a partition's instance rows, histories, inbox, activity calls,
/// timers and lease live together, so an episode commits in one entity-group transaction, checked against the lease.
/// Hosts lease partitions, renew them while alive, take over those of dead hosts and rebalance when hosts come and go.
/// </summary>
/// <remarks>
/// Call <see cref="CreateIfNotExistsAsync"/> once before use. Activities run at least once, on the host that owns the
/// calling instance's partition; their results are applied once.
/// </remarks>
public sealed partial class AzureStorageBackend : IOrchestrationBackend, IAsyncDisposable
{
    private readonly HubContext _hub;
    private readonly Lock _gate = new();
    private readonly Dictionary<int, OwnedPartition> _owned = [];
    private readonly CancellationTokenSource _stopping = new();
    private Task? _leaseLoop;
    private Task? _disposed;

    /// <summary>Creates the backend; it takes partitions only once a worker asks it for work.</summary>
    /// <param name="storage">The storage account client.</param>
    /// <param name="options">The hub's options.</param>
    /// <param name="timeProvider">The business clock (timers, history timestamps); the system clock by default.</param>
    /// <param name="loggerFactory">Logging.</param>
    /// <param name="leaseClock">Real time for leases and polling; the system clock by default.</param>
    public AzureStorageBackend(
        StorageClient storage,
        AzureStorageBackendOptions? options = null,
        TimeProvider? timeProvider = null,
        ILoggerFactory? loggerFactory = null,
        TimeProvider? leaseClock = null)
    {
        ArgumentNullException.ThrowIfNull(storage);
        options ??= new AzureStorageBackendOptions();
        options.Validate();
        var logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<AzureStorageBackend>();
        _hub = new HubContext(storage, options, timeProvider ?? TimeProvider.System, leaseClock ?? TimeProvider.System, logger)
        {
            NotifyWrite = SignalPartition,
        };
    }

    /// <summary>This host's id in partition leases.</summary>
    public string HostId => _hub.HostId;

    /// <summary>The partitions this host holds now.</summary>
    public IReadOnlyList<int> OwnedPartitions
    {
        get
        {
            lock (_gate)
            {
                return [.. _owned.Keys.Order()];
            }
        }
    }

    /// <summary>The storage requests made so far, by operation.</summary>
    public StorageRequestCounter Requests => _hub.Storage.Requests;

    /// <summary>Creates the hub's tables and lease rows; checks that the hub's partition count matches the options.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the hub exists.</returns>
    /// <exception cref="InvalidOperationException">The hub exists with another partition count.</exception>
    public async Task CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        await _hub.Table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        await _hub.Poison.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        var config = new TableEntity(HubRows.HubPartition, HubRows.Config) { ["PartitionCount"] = _hub.Options.PartitionCount };
        try
        {
            await _hub.Table.InsertAsync(config, cancellationToken).ConfigureAwait(false);
        }
        catch (StorageConflictException)
        {
            var stored = await _hub.Table.GetEntityAsync(HubRows.HubPartition, HubRows.Config, null, cancellationToken).ConfigureAwait(false);
            if (stored?.GetInt32("PartitionCount") is { } count && count != _hub.Options.PartitionCount)
            {
                throw new InvalidOperationException(
                    $"Task hub '{_hub.Options.TaskHub}' has {count} partitions; this host is configured for {_hub.Options.PartitionCount}. The count cannot change once a hub exists.");
            }
        }

        foreach (var partitionKey in _hub.Map.Keys)
        {
            try
            {
                await _hub.Table.InsertAsync(LeaseEntity.Free(partitionKey), cancellationToken).ConfigureAwait(false);
            }
            catch (StorageConflictException)
            {
            }
        }
    }

    /// <summary>Reads the hub's configuration row: whether the storage answers and the hub is there, for health checks.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether the hub exists.</returns>
    /// <exception cref="StorageException">The storage did not answer.</exception>
    public async Task<bool> ProbeAsync(CancellationToken cancellationToken = default) =>
        await _hub.Table.GetEntityAsync(HubRows.HubPartition, HubRows.Config, null, cancellationToken).ConfigureAwait(false) is not null;

    /// <summary>Deletes the hub's tables and everything in them.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the tables are gone.</returns>
    public async Task DeleteAsync(CancellationToken cancellationToken = default)
    {
        await _hub.Table.DeleteIfExistsAsync(cancellationToken).ConfigureAwait(false);
        await _hub.Poison.DeleteIfExistsAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stops working on the held partitions and frees their leases for other hosts.</summary>
    /// <returns>A task that completes when the leases are released.</returns>
    /// <remarks>Safe to call more than once and concurrently: every caller waits for the same shutdown.</remarks>
    public ValueTask DisposeAsync()
    {
        lock (_gate)
        {
            _disposed ??= DisposeOnceAsync();
        }

        return new ValueTask(_disposed);
    }

    private async Task DisposeOnceAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_leaseLoop is not null)
        {
            await _leaseLoop.ConfigureAwait(false);
        }

        List<OwnedPartition> owned;
        lock (_gate)
        {
            owned = [.. _owned.Values];
            _owned.Clear();
        }

        foreach (var partition in owned)
        {
            await partition.StopAsync(releaseLease: true).ConfigureAwait(false);
            await partition.DisposeAsync().ConfigureAwait(false);
        }

        await LeaveAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }

    private void SignalPartition(string partitionKey)
    {
        lock (_gate)
        {
            _owned.Values.FirstOrDefault(p => p.Key == partitionKey)?.SignalPoll();
        }
    }

    private void OnPartitionLost(OwnedPartition partition)
    {
        lock (_gate)
        {
            if (_owned.TryGetValue(partition.Index, out var held) && held == partition)
            {
                _owned.Remove(partition.Index);
            }
        }

        _ = Task.Run(async () => await partition.DisposeAsync().ConfigureAwait(false));
    }
}
