using Microsoft.Extensions.Options;
using Probation.Functions.Hosting;

namespace Probation.Functions.Storage;

/// <summary>The app's own storage: its tables and queues on the account <c>AzureWebJobsStorage</c> names (<see cref="StorageAccount"/>), one client per service.</summary>
internal static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddAppStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(string.Empty).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageAccountValidator>();
        services.AddSingleton(sp =>
        {
            // The validator above has stopped the host already when there is an error; this names it if it did not run.
            var (account, error) = StorageAccount.Read(sp.GetRequiredService<IConfiguration>());
            return account ?? throw new InvalidOperationException(error);
        });
        services.AddSingleton<AppTables>();
        services.AddSingleton<StorageRequestCounter>();
        services.AddSingleton(sp => sp.GetRequiredService<StorageAccount>().Tables(AppStorageClientOptions.ForTables(sp.GetRequiredService<StorageRequestCounter>())));
        services.AddSingleton(sp => sp.GetRequiredService<StorageAccount>().Queues(AppStorageClientOptions.ForQueues(sp.GetRequiredService<StorageRequestCounter>())));
        return services;
    }
}
