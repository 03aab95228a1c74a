using Azure.Data.Tables;
using Azure.Storage.Queues;
using DurableTask.AzureStorage;
using Microsoft.DurableTask.Converters;
using Microsoft.Extensions.Options;
using Probation.Functions.Engine;
using Probation.Functions.Hosting;
using Probation.Orders.Validation;

namespace Probation.Bench;

/// <summary>
/// A task hub of its own for one scenario run: the settings a host needs to run on it, a client of the bench's own for
/// its queries, and the deletion of everything on it afterwards. The bench's client has no counting policy, so the
/// bench's polling never counts as the host's storage requests.
/// </summary>
internal sealed class BenchTaskHub : IDisposable
{
    public const string FunctionKey = "bench-function-key-0123456789";
    public const string SystemKey = "bench-system-key-0123456789ab";

    private readonly AzureStorageOrchestrationService _service;

    public BenchTaskHub(string name, string connectionString, TimeProvider time)
    {
        Name = name;
        ConnectionString = connectionString;
        _service = new AzureStorageOrchestrationService(new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = name,
            StorageAccountClientProvider = new StorageAccountClientProvider(connectionString),
        });
        Client = new TaskHubClient(_service, new JsonDataConverter(OrderJson.Options), time);
    }

    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>An uncounted client of the task hub, for the bench's queries.</summary>
    public TaskHubClient Client { get; }

    /// <summary>The host's <c>staff-notifications</c> queue on this task hub.</summary>
    public QueueClient StaffNotifications => new(ConnectionString, QueueName("staff-notifications"));

    /// <summary>The app's tables of this task hub.</summary>
    public AppTables Tables => new(Options.Create(new StorageOptions { TaskHub = Name }));

    /// <summary>
    /// What a host needs over its defaults to run on this task hub: the account, the hub, the system clock, keys, and
    /// queues of its own (queue names are per account, and a service may be running on the default ones).
    /// </summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["AzureWebJobsStorage"] = ConnectionString,
        ["TaskHub"] = Name,
        ["Clock:Mode"] = "System",
        ["Auth:FunctionKey"] = FunctionKey,
        ["Auth:SystemKey"] = SystemKey,
        ["Queues:CourtOrders"] = QueueName("court-orders"),
        ["Queues:CourtOrdersPoison"] = QueueName("court-orders-poison"),
        ["Queues:StaffNotifications"] = QueueName("staff-notifications"),
    };

    /// <summary>Deletes the engine's queues, tables and blobs of the hub, and the app's tables and queues.</summary>
    public async Task DeleteAsync(CancellationToken cancellationToken)
    {
        await _service.DeleteAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        foreach (var table in Tables.All)
        {
            // The SDK answers a table that is not there without throwing.
            await new TableClient(ConnectionString, table).DeleteAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var queue in new[] { "court-orders", "court-orders-poison", "staff-notifications" })
        {
            await new QueueClient(ConnectionString, QueueName(queue)).DeleteIfExistsAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose() => _service.Dispose();

    private string QueueName(string queue) => Name.ToLowerInvariant() + "-" + queue;
}
