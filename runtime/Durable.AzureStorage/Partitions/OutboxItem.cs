using Durable.Backend;

namespace Durable.AzureStorage.Partitions;

/// <summary>A message for an instance of another partition, kept in this partition's outbox row until it is delivered.</summary>
internal sealed record OutboxItem(string RowKey, string TargetPartition, string TargetRowKey, OrchestrationMessage Message);
