namespace Durable.AzureStorage;

/// <summary>A partition's lease row as stored: its owner ("" when free) and when the lease expires.</summary>
internal sealed record PartitionLease(string PartitionKey, string Owner, DateTimeOffset ExpiresAt);
