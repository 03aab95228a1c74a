using AzureStorage.Client;

namespace Durable.AzureStorage;

/// <summary>The storage the tests use: AZURE_STORAGE_CONNECTION_STRING, or the local Azurite.</summary>
internal static class TestStorage
{
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("AZURE_STORAGE_CONNECTION_STRING") is { Length: > 0 } configured ? configured : "UseDevelopmentStorage=true";

    public static StorageClient CreateClient() => new(StorageAccount.Parse(ConnectionString));

    /// <summary>A task hub name no other test uses.</summary>
    public static string NewHubName() => "t" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>Options that make leases and polls quick enough for tests.</summary>
    public static AzureStorageBackendOptions Options(string? hub = null, int partitions = 4) => new()
    {
        TaskHub = hub ?? NewHubName(),
        PartitionCount = partitions,
        LeaseDuration = TimeSpan.FromSeconds(6),
        LeaseRenewInterval = TimeSpan.FromSeconds(1),
        MaxPollInterval = TimeSpan.FromMilliseconds(100),
    };
}
