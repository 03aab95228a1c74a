using System.Threading.Channels;
using AzureStorage.Client;
using AzureStorage.Client.Tables;
using Durable.AzureStorage.Partitions;
using Durable.AzureStorage.Rows;
using Microsoft.Extensions.Logging;

namespace Durable.AzureStorage;

/// <summary>What every part of one host's backend shares: the tables, the options, the clocks and the work channels.</summary>
internal sealed class HubContext(
    StorageClient storage, AzureStorageBackendOptions options, TimeProvider clock, TimeProvider leaseClock, ILogger logger)
{
    public StorageClient Storage { get; } = storage;

    public TableClient Table { get; } = storage.GetTable(options.TaskHub + "Partitions");

    public TableClient Poison { get; } = storage.GetTable(options.TaskHub + "Poison");

    public AzureStorageBackendOptions Options { get; } = options;

    public PartitionMap Map { get; } = new(options.PartitionCount);

    /// <summary>The business clock: timers and history timestamps (virtual in tests).</summary>
    public TimeProvider Clock { get; } = clock;

    /// <summary>Real time, for leases and polling, which a virtual business clock must never drive.</summary>
    public TimeProvider LeaseClock { get; } = leaseClock;

    public ILogger Logger { get; } = logger;

    public string HostId { get; } = options.HostId ?? $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.CreateVersion7(leaseClock.GetUtcNow()).ToString("N")[^8..]}";

    public MessageSequence Sequence { get; } = new(leaseClock);

    public Channel<(OwnedPartition Partition, InstanceSlot Slot)> Ready { get; } =
        Channel.CreateUnbounded<(OwnedPartition, InstanceSlot)>();

    public Channel<ActivityLock> Activities { get; } = Channel.CreateUnbounded<ActivityLock>();

    /// <summary>Tells the local owner of a partition, if any, that an inbox row was just written there.</summary>
    public Action<string> NotifyWrite { get; set; } = _ => { };
}
