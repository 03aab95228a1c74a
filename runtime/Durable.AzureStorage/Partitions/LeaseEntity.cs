using AzureStorage.Client.Tables;
using Durable.AzureStorage.Rows;

namespace Durable.AzureStorage.Partitions;

/// <summary>The lease row of a partition: who owns it until when. Every commit to the partition checks its ETag.</summary>
internal static class LeaseEntity
{
    public static TableEntity Held(string partitionKey, string owner, DateTimeOffset expiresAt) =>
        new(partitionKey, RowKeys.Lease) { ["Owner"] = owner, ["ExpiresAt"] = expiresAt };

    public static TableEntity Free(string partitionKey) =>
        new(partitionKey, RowKeys.Lease) { ["Owner"] = string.Empty, ["ExpiresAt"] = DateTimeOffset.UnixEpoch };

    public static string Owner(TableEntity lease) => lease.GetString("Owner") ?? string.Empty;

    public static DateTimeOffset ExpiresAt(TableEntity lease) => lease.GetDateTimeOffset("ExpiresAt") ?? DateTimeOffset.UnixEpoch;
}
