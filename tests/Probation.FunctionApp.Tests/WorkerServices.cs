using Azure.Data.Tables;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Probation.FunctionApp.Hosting;
using Probation.Functions.Hosting;

namespace Probation.FunctionApp;

/// <summary>
/// The Functions app's services as its Program composes them, on Azurite, with a task hub and queues of their own:
/// the real stores, handlers and activities that the functions under test call. Deleted with the fixture.
/// </summary>
public sealed class WorkerServices : IAsyncLifetime
{
    private readonly string _hub = "f" + Guid.NewGuid().ToString("N")[..12];
    private ServiceProvider? _provider;

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("AZURE_STORAGE_CONNECTION_STRING") is { Length: > 0 } configured ? configured : "UseDevelopmentStorage=true";

    public IServiceProvider Services => _provider ?? throw new InvalidOperationException("The fixture has not started.");

    public string CourtOrdersPoisonQueue => _hub + "-court-orders-poison";

    private string CourtOrdersQueue => _hub + "-court-orders";

    private string StaffNotificationsQueue => _hub + "-staff-notifications";

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = ConnectionString,
            ["TaskHub"] = _hub,
            ["Queues:CourtOrders"] = CourtOrdersQueue,
            ["Queues:CourtOrdersPoison"] = CourtOrdersPoisonQueue,
            ["Queues:StaffNotifications"] = StaffNotificationsQueue,
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddFunctionAppWorker();
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        foreach (var initializer in _provider.GetServices<IStorageInitializer>())
        {
            await initializer.InitializeAsync(CancellationToken.None);
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var queue in new[] { CourtOrdersQueue, CourtOrdersPoisonQueue, StaffNotificationsQueue })
        {
            await new QueueClient(ConnectionString, queue).DeleteIfExistsAsync();
        }

        foreach (var table in new AppTables(Options.Create(new StorageOptions { TaskHub = _hub })).All)
        {
            // The SDK answers a table that is not there without throwing.
            await new TableClient(ConnectionString, table).DeleteAsync();
        }

        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }
    }
}
