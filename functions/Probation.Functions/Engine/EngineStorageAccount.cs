using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using DurableTask.AzureStorage;
using Probation.Functions.Storage;

namespace Probation.Functions.Engine;

/// <summary>
/// The engine's clients of the storage account: the ones the framework makes from a connection string or from service URIs and a credential, each with the
/// <see cref="StorageRequestCountingPolicy"/> added, so the host's <see cref="StorageRequestCounter"/> counts the
/// engine's requests (as <see cref="StorageCaller.Engine"/>) beside the app's own.
/// </summary>
/// <remarks>
/// Only the counting is added: retries, timeouts and message encoding stay the framework's, which adds its own policies
/// to these options when it creates each client.
/// </remarks>
internal static class EngineStorageAccount
{
    public static StorageAccountClientProvider Create(StorageAccount account, StorageRequestCounter counter)
    {
        var blob = Counted(new BlobClientOptions(), counter, StorageService.Blob);
        var queue = Counted(new QueueClientOptions(), counter, StorageService.Queue);
        var table = Counted(new TableClientOptions(), counter, StorageService.Table);
        return account.ConnectionString is { } connectionString
            ? new(
                StorageServiceClientProvider.ForBlob(connectionString, blob),
                StorageServiceClientProvider.ForQueue(connectionString, queue),
                StorageServiceClientProvider.ForTable(connectionString, table))
            : new(
                StorageServiceClientProvider.ForBlob(account.Services!.Blob, account.Services.Credential, blob),
                StorageServiceClientProvider.ForQueue(account.Services.Queue, account.Services.Credential, queue),
                StorageServiceClientProvider.ForTable(account.Services.Table, account.Services.Credential, table));
    }

    private static TOptions Counted<TOptions>(TOptions options, StorageRequestCounter counter, StorageService service)
        where TOptions : ClientOptions
    {
        options.AddPolicy(new StorageRequestCountingPolicy(counter, StorageCaller.Engine, service), HttpPipelinePosition.PerRetry);
        return options;
    }
}
