using System.Net;
using Azure.Core;
using Azure.Core.Pipeline;
using Microsoft.Extensions.Configuration;
using Probation.Functions.Storage;

namespace Probation.Functions.Engine;

/// <summary>The engine's clients as the framework makes them from the provider, over an in-process transport.</summary>
public sealed class EngineStorageAccountTests
{
    private static readonly StorageAccount Account = StorageAccount.Read(
        new ConfigurationBuilder()
            .AddInMemoryCollection([KeyValuePair.Create("AzureWebJobsStorage", (string?)"UseDevelopmentStorage=true")])
            .Build()).Account!;

    [Fact]
    public async Task Create_EachServiceClientSendingARequest_CountsItAsTheEngines()
    {
        // Arrange
        var counter = new StorageRequestCounter();
        var handler = new ScriptedHandler(HttpStatusCode.NoContent);

        // A container's deletion is answered 202, a message's and an entity's 204.
        var blobHandler = new ScriptedHandler(HttpStatusCode.Accepted);
        var provider = EngineStorageAccount.Create(Account, counter);
        var blobs = provider.Blob.CreateClient(Over(provider.Blob.CreateOptions(), blobHandler));
        var queues = provider.Queue.CreateClient(Over(provider.Queue.CreateOptions(), handler));
        var tables = provider.Table.CreateClient(Over(provider.Table.CreateOptions(), handler));

        // Act
        await blobs.GetBlobContainerClient("taskhub-leases").DeleteIfExistsAsync();
        await queues.GetQueueClient("taskhub-workitems").DeleteMessageAsync("message-1", "receipt-1");
        await tables.GetTableClient("TaskHubInstances").DeleteEntityAsync("order-1", string.Empty);

        // Assert
        Assert.Equal(2, handler.Requests);
        Assert.Equal(1, blobHandler.Requests);
        Assert.Equal(3, counter.CountOf(StorageCaller.Engine));
        Assert.Equal(0, counter.CountOf(StorageCaller.App));
        Assert.Equal(1, counter.CountOf(StorageCaller.Engine, StorageService.Blob));
        Assert.Equal(1, counter.CountOf(StorageCaller.Engine, StorageService.Queue));
        Assert.Equal(1, counter.CountOf(StorageCaller.Engine, StorageService.Table));
        Assert.Equal(1, counter.CountOf(StorageCaller.Engine, StorageOperation.BlobOther));
        Assert.Equal(1, counter.CountOf(StorageCaller.Engine, StorageOperation.QueueDelete));
        Assert.Equal(1, counter.CountOf(StorageCaller.Engine, StorageOperation.TableDelete));
    }

    private static TOptions Over<TOptions>(TOptions options, ScriptedHandler handler)
        where TOptions : ClientOptions
    {
        options.Transport = new HttpClientTransport(new HttpClient(handler));
        return options;
    }
}
