using Azure.Data.Tables;
using Azure.Storage.Queues;
using DurableTask.AzureStorage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Probation.Functions.Hosting;

namespace Probation.Functions;

/// <summary>
/// The real host (its Program, services and middleware) in process, against Azurite, on a virtual clock and its own
/// task hub. A second factory over the same hub is the same service restarted.
/// </summary>
public sealed class FunctionAppFactory : WebApplicationFactory<Program>
{
    public const string FunctionKey = "test-function-key-0123456789";
    public const string SystemKey = "test-system-key-0123456789ab";

    public FunctionAppFactory(string? taskHub = null, DateTimeOffset? clockStart = null)
    {
        TaskHub = taskHub ?? "t" + Guid.NewGuid().ToString("N")[..12];
        ClockStart = clockStart ?? new DateTimeOffset(2026, 12, 23, 9, 0, 0, TimeSpan.Zero);
    }

    public string TaskHub { get; }

    /// <summary>This host's court-orders queue: queue names are per account, and each test host needs its own.</summary>
    public string CourtOrdersQueue => TaskHub.ToLowerInvariant() + "-court-orders";

    public string CourtOrdersPoisonQueue => TaskHub.ToLowerInvariant() + "-court-orders-poison";

    public string StaffNotificationsQueue => TaskHub.ToLowerInvariant() + "-staff-notifications";

    public DateTimeOffset ClockStart { get; }

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("AZURE_STORAGE_CONNECTION_STRING") is { Length: > 0 } configured ? configured : "UseDevelopmentStorage=true";

    /// <summary>A queue of the test account as a court system or a consumer sees it: text as given, not base64-encoded.</summary>
    public static QueueClient Queue(string name) => new(ConnectionString, name);

    /// <summary>A table of the test account.</summary>
    public static TableClient Table(string name) => new(ConnectionString, name);

    /// <summary>A new client of the running host that sends the given key (none for <see langword="null"/>).</summary>
    public HttpClient CreateClient(string? key)
    {
        var client = CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("x-functions-key", key);
        }

        return client;
    }

    /// <summary>Stops the host and deletes its task hub (the engine's tables, queues and blobs) and the app's tables and queues.</summary>
    public async Task DisposeAndDeleteHubAsync()
    {
        await DisposeAsync();
        using (var engine = new AzureStorageOrchestrationService(new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = TaskHub,
            StorageAccountClientProvider = new StorageAccountClientProvider(ConnectionString),
        }))
        {
            await engine.DeleteAsync();
        }

        foreach (var queue in new[] { CourtOrdersQueue, CourtOrdersPoisonQueue, StaffNotificationsQueue })
        {
            await Queue(queue).DeleteIfExistsAsync();
        }

        foreach (var table in new AppTables(Options.Create(new StorageOptions { TaskHub = TaskHub })).All)
        {
            // The SDK answers a table that is not there without throwing.
            await Table(table).DeleteAsync();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = ConnectionString,
            ["TaskHub"] = TaskHub,
            ["Clock:Mode"] = "Virtual",
            ["Clock:Start"] = ClockStart.ToString("o", System.Globalization.CultureInfo.InvariantCulture),
            ["Auth:FunctionKey"] = FunctionKey,
            ["Auth:SystemKey"] = SystemKey,
            ["Durable:LeaseInterval"] = "00:00:06",
            ["Durable:LeaseRenewInterval"] = "00:00:01",
            ["Durable:MaxQueuePollingInterval"] = "00:00:00.100",
            ["Durable:PartitionCount"] = "2",
            ["Durable:MessageVisibilityTimeout"] = "00:00:10",
            ["Queues:CourtOrders"] = CourtOrdersQueue,
            ["Queues:CourtOrdersPoison"] = CourtOrdersPoisonQueue,
            ["Queues:StaffNotifications"] = StaffNotificationsQueue,
        }));
    }
}
