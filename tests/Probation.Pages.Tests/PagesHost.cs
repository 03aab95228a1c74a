using System.Globalization;
using System.Net.Http.Json;
using DurableTask.AzureStorage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Probation.Functions.Hosting;

namespace Probation.Pages;

/// <summary>
/// The self-host as its Program composes it, on Kestrel (a browser needs a real socket), against Azurite, on a virtual
/// clock that starts on Wednesday 23 December 2026 and a task hub of its own, deleted afterwards.
/// </summary>
public sealed class PagesHost : WebApplicationFactory<Program>
{
    public const string FunctionKey = "pages-function-key-0123456789";
    public const string SystemKey = "pages-system-key-0123456789ab";

    public PagesHost()
    {
        UseKestrel(0);
        StartServer();
    }

    public string TaskHub { get; } = "p" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>Where the host listens, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri BaseAddress => ClientOptions.BaseAddress;

    private static string ConnectionString =>
        Environment.GetEnvironmentVariable("AZURE_STORAGE_CONNECTION_STRING") is { Length: > 0 } configured ? configured : "UseDevelopmentStorage=true";

    /// <summary>A client of the API with the given key.</summary>
    public HttpClient Api(string key = FunctionKey)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Add("x-functions-key", key);
        return client;
    }

    /// <summary>Moves the virtual clock (API.md "Time travel"); returns once the orders have settled.</summary>
    public async Task AdvanceClockAsync(object body)
    {
        using var client = Api(SystemKey);
        using var response = await client.PostAsJsonAsync("/admin/clock", body);
        response.EnsureSuccessStatusCode();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        using (var engine = new AzureStorageOrchestrationService(new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = TaskHub,
            StorageAccountClientProvider = new StorageAccountClientProvider(ConnectionString),
        }))
        {
            await engine.DeleteAsync();
        }

        foreach (var table in new AppTables(Options.Create(new StorageOptions { TaskHub = TaskHub })).All)
        {
            await new Azure.Data.Tables.TableClient(ConnectionString, table).DeleteAsync();
        }

        foreach (var queue in Queues)
        {
            await new Azure.Storage.Queues.QueueClient(ConnectionString, queue).DeleteIfExistsAsync();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = ConnectionString,
            ["TaskHub"] = TaskHub,
            ["Auth:FunctionKey"] = FunctionKey,
            ["Auth:SystemKey"] = SystemKey,
            ["Clock:Mode"] = "Virtual",
            ["Clock:Start"] = new DateTimeOffset(2026, 12, 23, 9, 0, 0, TimeSpan.Zero).ToString("o", CultureInfo.InvariantCulture),
            ["Durable:LeaseInterval"] = "00:00:06",
            ["Durable:LeaseRenewInterval"] = "00:00:01",
            ["Durable:MaxQueuePollingInterval"] = "00:00:00.100",
            ["Durable:PartitionCount"] = "2",
            ["Queues:CourtOrders"] = Queues[0],
            ["Queues:CourtOrdersPoison"] = Queues[1],
            ["Queues:StaffNotifications"] = Queues[2],
        };
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(settings));
    }

    private string[] Queues => [TaskHub + "-court-orders", TaskHub + "-court-orders-poison", TaskHub + "-staff-notifications"];
}
