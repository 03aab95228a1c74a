namespace Durable.AzureStorage.Partitions;

/// <summary>This host no longer holds the partition's lease; its work there must stop.</summary>
internal sealed class PartitionLostException(string partitionKey)
    : Exception($"This host lost the lease of partition {partitionKey}.")
{
    public string PartitionKey { get; } = partitionKey;
}
