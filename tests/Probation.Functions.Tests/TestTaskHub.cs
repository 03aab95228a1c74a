using DurableTask.AzureStorage;
using Microsoft.Extensions.Options;
using Probation.Functions.Hosting;

namespace Probation.Functions;

/// <summary>
/// A task hub of its own for a test, with the queue names and settings every test host on it uses (in process or as a
/// process), and its removal: the engine's tables, queues and blobs and the app's tables and queues.
/// </summary>
internal sealed record TestTaskHub(string Name)
{
    /// <summary>A new hub name: a letter, then 12 hex digits.</summary>
    public static TestTaskHub New() => new("t" + Guid.NewGuid().ToString("N")[..12]);

    /// <summary>This hub's court-orders queue: queue names are per account, and each test hub needs its own.</summary>
    public string CourtOrdersQueue => Name.ToLowerInvariant() + "-court-orders";

    public string CourtOrdersPoisonQueue => Name.ToLowerInvariant() + "-court-orders-poison";

    public string StaffNotificationsQueue => Name.ToLowerInvariant() + "-staff-notifications";

    /// <summary>
    /// The settings of a host on this hub, as configuration keys: short leases and polls and a short message visibility,
    /// so a test sees a host's work at once and a dead host's work taken over within seconds.
    /// </summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["AzureWebJobsStorage"] = FunctionAppFactory.ConnectionString,
        ["TaskHub"] = Name,
        ["Auth:FunctionKey"] = FunctionAppFactory.FunctionKey,
        ["Auth:SystemKey"] = FunctionAppFactory.SystemKey,
        ["Durable:LeaseInterval"] = "00:00:06",
        ["Durable:LeaseRenewInterval"] = "00:00:01",
        ["Durable:MaxQueuePollingInterval"] = "00:00:00.100",
        ["Durable:PartitionCount"] = "2",
        ["Durable:MessageVisibilityTimeout"] = "00:00:10",
        ["Queues:CourtOrders"] = CourtOrdersQueue,
        ["Queues:CourtOrdersPoison"] = CourtOrdersPoisonQueue,
        ["Queues:StaffNotifications"] = StaffNotificationsQueue,
    };

    public async Task DeleteAsync()
    {
        using (var engine = new AzureStorageOrchestrationService(new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = Name,
            StorageAccountClientProvider = new StorageAccountClientProvider(FunctionAppFactory.ConnectionString),
        }))
        {
            await engine.DeleteAsync();
        }

        foreach (var queue in new[] { CourtOrdersQueue, CourtOrdersPoisonQueue, StaffNotificationsQueue })
        {
            await FunctionAppFactory.Queue(queue).DeleteIfExistsAsync();
        }

        foreach (var table in new AppTables(Options.Create(new StorageOptions { TaskHub = Name })).All)
        {
            // The SDK answers a table that is not there without throwing.
            await FunctionAppFactory.Table(table).DeleteAsync();
        }
    }
}
