using AzureStorage.Client;
using Durable;
using Durable.AzureStorage;
using Durable.Backend;
using Durable.Client;
using Durable.Time;
using Durable.Worker;
using Microsoft.Extensions.Options;

namespace Probation.Functions.Hosting;

/// <summary>
/// The durable runtime on Azure Storage, on the business clock the settings choose. Reads <see cref="StorageOptions"/>,
/// which <c>AddAppStorage</c> registers.
/// </summary>
internal static class DurableServiceCollectionExtensions
{
    public static IServiceCollection AddDurableRuntime(this IServiceCollection services, Action<DurableTaskRegistry, IServiceProvider> register)
    {
        services.AddOptions<ClockOptions>().BindConfiguration(ClockOptions.SectionName).ValidateOnStart();
        services.AddOptions<DurableTaskWorkerOptions>().BindConfiguration(DurableTaskWorkerOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AzureStorageBackendOptions>()
            .BindConfiguration(AzureStorageBackendOptions.SectionName)
            .Configure<IOptions<StorageOptions>>((backend, storage) => backend.TaskHub = storage.Value.TaskHub)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // The business clock is handed to the durable components only: the framework resolves TimeProvider for its
        // own timeouts (Kestrel, host shutdown), which must run on real time even when the business clock is virtual.
        services.AddSingleton(sp => CreateClock(sp.GetRequiredService<IOptions<ClockOptions>>().Value));
        services.PostConfigure<HostOptions>(host =>
            host.ShutdownTimeout = TimeSpan.FromTicks(Math.Max(host.ShutdownTimeout.Ticks, TimeSpan.FromSeconds(45).Ticks)));

        // The runtime's own storage client (the app's tables and queues have the SDK's: AddAppStorage). It signs
        // requests with the real date whatever the business clock says.
        services.AddSingleton(sp => new StorageClient(
            StorageAccount.Parse(sp.GetRequiredService<IOptions<StorageOptions>>().Value.AzureWebJobsStorage),
            timeProvider: TimeProvider.System,
            logger: sp.GetRequiredService<ILoggerFactory>().CreateLogger<StorageClient>()));
        services.AddSingleton(sp => new AzureStorageBackend(
            sp.GetRequiredService<StorageClient>(),
            sp.GetRequiredService<IOptions<AzureStorageBackendOptions>>().Value,
            sp.GetRequiredService<BusinessClock>().Provider,
            sp.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton<IOrchestrationBackend>(sp => sp.GetRequiredService<AzureStorageBackend>());
        services.AddSingleton(sp =>
        {
            var registry = new DurableTaskRegistry();
            register(registry, sp);
            return registry;
        });
        services.AddSingleton(sp => new DurableTaskClient(sp.GetRequiredService<IOrchestrationBackend>(), sp.GetRequiredService<BusinessClock>().Provider));
        services.AddSingleton(sp => new DurableTaskWorker(
            sp.GetRequiredService<IOrchestrationBackend>(),
            sp.GetRequiredService<DurableTaskRegistry>(),
            sp.GetRequiredService<IOptions<DurableTaskWorkerOptions>>().Value,
            sp.GetRequiredService<BusinessClock>().Provider,
            sp.GetRequiredService<ILoggerFactory>(),
            sp));
        services.AddHostedService<DurableHost>();
        return services;
    }

    private static BusinessClock CreateClock(ClockOptions options) =>
        options.Mode == ClockMode.Virtual
            ? new BusinessClock(new VirtualTimeProvider(options.Start ?? TimeProvider.System.GetUtcNow()))
            : new BusinessClock(TimeProvider.System);
}
