using AzureStorage.Client.Queues;

namespace AzureStorage.Client.Support;

/// <summary>A queue with a unique name, created for one test and deleted after it.</summary>
internal sealed class TemporaryQueue : IAsyncDisposable
{
    private TemporaryQueue(QueueClient queue) => Queue = queue;

    public QueueClient Queue { get; }

    public string Name => Queue.Name;

    public static async Task<TemporaryQueue> CreateAsync(StorageClient client)
    {
        var queue = client.GetQueue(TestStorage.QueueName());
        await queue.CreateIfNotExistsAsync();
        return new TemporaryQueue(queue);
    }

    public async ValueTask DisposeAsync() => await Queue.DeleteIfExistsAsync();
}
