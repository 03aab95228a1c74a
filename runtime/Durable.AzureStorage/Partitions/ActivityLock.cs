using Durable.Backend;

namespace Durable.AzureStorage.Partitions;

/// <summary>An activity call handed to a worker: the partition that owns it and its row. Released once.</summary>
internal sealed class ActivityLock(OwnedPartition partition, string rowKey, ActivityRequest request)
{
    private int _released;

    public OwnedPartition Partition { get; } = partition;

    public string RowKey { get; } = rowKey;

    public ActivityRequest Request { get; } = request;

    public bool TryRelease() => Interlocked.Exchange(ref _released, 1) == 0;
}
