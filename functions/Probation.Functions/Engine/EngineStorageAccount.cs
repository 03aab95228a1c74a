using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using DurableTask.AzureStorage;
using Probation.Functions.Storage;

namespace Probation.Functions.Engine;

/// <summary>
/// The engine's clients of the storage account: the ones the framework makes from a connection string, each with the
/// <see cref="StorageRequestCountingPolicy"/> added, so the host's <see cref="StorageRequestCounter"/> counts the
/// engine's requests (as <see cref="StorageCaller.Engine"/>) beside the app's own.
/// </summary>
/// <remarks>
/// Only the counting is added: retries, timeouts and message encoding stay the framework's, which adds its own policies
/// to these options when it creates each client.
/// </remarks>
internal static class EngineStorageAccount
{
    public static StorageAccountClientProvider Create(string connectionString, StorageRequestCounter counter) =>
        new(
            StorageServiceClientProvider.ForBlob(connectionString, Counted(new BlobClientOptions(), counter, StorageService.Blob)),
            StorageServiceClientProvider.ForQueue(connectionString, Counted(new QueueClientOptions(), counter, StorageService.Queue)),
            StorageServiceClientProvider.ForTable(connectionString, Counted(new TableClientOptions(), counter, StorageService.Table)));

    private static TOptions Counted<TOptions>(TOptions options, StorageRequestCounter counter, StorageService service)
        where TOptions : ClientOptions
    {
        options.AddPolicy(new StorageRequestCountingPolicy(counter, StorageCaller.Engine, service), HttpPipelinePosition.PerRetry);
        return options;
    }
}
