using Azure.Data.Tables;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;
using Probation.Functions.Hosting;

namespace Probation.Functions.Storage;

/// <summary>The app's own storage: its tables and queues on the account <c>AzureWebJobsStorage</c> names, one client per service.</summary>
internal static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddAppStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(string.Empty).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<AppTables>();
        services.AddSingleton<StorageRequestCounter>();
        services.AddSingleton(sp => new TableServiceClient(
            ConnectionString(sp), AppStorageClientOptions.ForTables(sp.GetRequiredService<StorageRequestCounter>())));
        services.AddSingleton(sp => new QueueServiceClient(
            ConnectionString(sp), AppStorageClientOptions.ForQueues(sp.GetRequiredService<StorageRequestCounter>())));
        return services;
    }

    private static string ConnectionString(IServiceProvider services) =>
        services.GetRequiredService<IOptions<StorageOptions>>().Value.AzureWebJobsStorage;
}
