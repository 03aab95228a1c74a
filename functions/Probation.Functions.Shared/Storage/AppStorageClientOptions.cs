using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Queues;

namespace Probation.Functions.Storage;

/// <summary>
/// The options of the app's table and queue clients: the SDK pipeline's retries (exponential, 5 attempts at most, only
/// for what the SDK deems transient: timeouts, 408, 429, 5xx, dropped connections) and the request counter.
/// </summary>
internal static class AppStorageClientOptions
{
    public static TableClientOptions ForTables(StorageRequestCounter counter)
    {
        var options = new TableClientOptions();
        Configure(options.Retry);
        options.AddPolicy(new StorageRequestCountingPolicy(counter, StorageCaller.App, StorageService.Table), HttpPipelinePosition.PerRetry);
        return options;
    }

    public static QueueClientOptions ForQueues(StorageRequestCounter counter)
    {
        // Text goes on the wire as given, as the app always sent it: consumers of staff-notifications read plain JSON.
        // Receiving undecoded also keeps plain court-orders messages readable; CourtOrderText accepts both forms.
        var options = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None };
        Configure(options.Retry);
        options.AddPolicy(new StorageRequestCountingPolicy(counter, StorageCaller.App, StorageService.Queue), HttpPipelinePosition.PerRetry);
        return options;
    }

    private static void Configure(RetryOptions retry)
    {
        retry.Mode = RetryMode.Exponential;
        retry.MaxRetries = 4;
        retry.Delay = TimeSpan.FromMilliseconds(200);
        retry.MaxDelay = TimeSpan.FromSeconds(10);
        retry.NetworkTimeout = TimeSpan.FromSeconds(30);
    }
}
