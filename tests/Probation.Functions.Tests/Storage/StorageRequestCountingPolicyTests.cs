using System.Net;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Queues;

namespace Probation.Functions.Storage;

/// <summary>The policy as the app's clients carry it (<see cref="AppStorageClientOptions"/>), over an in-process transport.</summary>
public sealed class StorageRequestCountingPolicyTests
{
    private const string Account = "UseDevelopmentStorage=true";

    [Fact]
    public async Task TableRequest_AnsweredAtOnce_CountsOneTableRequest()
    {
        // Arrange
        var counter = new StorageRequestCounter();
        var handler = new ScriptedHandler(HttpStatusCode.NoContent);
        var table = new TableClient(Account, "orders", Over(AppStorageClientOptions.ForTables(counter), handler));

        // Act
        await table.DeleteEntityAsync("ORD-2026-000123", string.Empty);

        // Assert
        Assert.Equal(1, counter.CountOf(StorageService.Table));
        Assert.Equal(0, counter.CountOf(StorageService.Queue));
        Assert.Equal(1, counter.Count);
    }

    [Fact]
    public async Task TableRequest_RetriedAfterA503_CountsEachAttempt()
    {
        // Arrange
        var counter = new StorageRequestCounter();
        var handler = new ScriptedHandler(HttpStatusCode.ServiceUnavailable, HttpStatusCode.NoContent);
        var table = new TableClient(Account, "orders", Over(AppStorageClientOptions.ForTables(counter), handler));

        // Act
        await table.DeleteEntityAsync("ORD-2026-000123", string.Empty);

        // Assert
        Assert.Equal(2, handler.Requests);
        Assert.Equal(2, counter.CountOf(StorageService.Table));
    }

    [Fact]
    public async Task QueueRequest_FailingEveryTime_CountsTheFiveAttemptsAsQueueRequestsThenThrows()
    {
        // Arrange
        var counter = new StorageRequestCounter();
        var handler = new ScriptedHandler(HttpStatusCode.ServiceUnavailable);
        var queue = new QueueClient(Account, "court-orders", Over(AppStorageClientOptions.ForQueues(counter), handler));

        // Act
        var failure = await Assert.ThrowsAsync<RequestFailedException>(() => queue.DeleteMessageAsync("message-1", "receipt-1"));

        // Assert
        Assert.Equal(503, failure.Status);
        Assert.Equal(5, handler.Requests);
        Assert.Equal(5, counter.CountOf(StorageService.Queue));
        Assert.Equal(0, counter.CountOf(StorageService.Table));
    }

    private static TOptions Over<TOptions>(TOptions options, ScriptedHandler handler)
        where TOptions : ClientOptions
    {
        options.Transport = new HttpClientTransport(new HttpClient(handler));

        // The app's backoff, shortened: the attempts are what is counted, not the waits between them.
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(5);
        return options;
    }
}
