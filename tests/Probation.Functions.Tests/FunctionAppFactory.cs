using Azure.Data.Tables;
using Azure.Storage.Queues;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

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
        Hub = taskHub is null ? TestTaskHub.New() : new TestTaskHub(taskHub);
        ClockStart = clockStart ?? new DateTimeOffset(2026, 12, 23, 9, 0, 0, TimeSpan.Zero);
    }

    public string TaskHub => Hub.Name;

    public string CourtOrdersQueue => Hub.CourtOrdersQueue;

    public string CourtOrdersPoisonQueue => Hub.CourtOrdersPoisonQueue;

    public string StaffNotificationsQueue => Hub.StaffNotificationsQueue;

    public DateTimeOffset ClockStart { get; }

    private TestTaskHub Hub { get; }

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
        await Hub.DeleteAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = new Dictionary<string, string?>(Hub.Settings)
        {
            ["Clock:Mode"] = "Virtual",
            ["Clock:Start"] = ClockStart.ToString("o", System.Globalization.CultureInfo.InvariantCulture),
        };
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(settings));
    }
}
