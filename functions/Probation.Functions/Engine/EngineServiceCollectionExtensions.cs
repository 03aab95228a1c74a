using DurableTask.AzureStorage;
using DurableTask.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Converters;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Shims;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Probation.Functions.Clock;
using Probation.Functions.Hosting;
using Probation.Functions.Storage;
using Probation.Orders.Validation;

namespace Probation.Functions.Engine;

/// <summary>
/// The self-host's engine: the Durable Task Framework's worker over its Azure Storage provider, running the SDK
/// orchestrators and activities of a <see cref="DurableTaskRegistry"/> through the SDK's shims, and the SDK client
/// over the same task hub; and the business clock. Reads <see cref="StorageOptions"/> and counts the engine's storage
/// requests into the <see cref="StorageRequestCounter"/>, both of which <c>AddAppStorage</c> registers.
/// </summary>
internal static class EngineServiceCollectionExtensions
{
    public static IServiceCollection AddEngine(this IServiceCollection services, Action<DurableTaskRegistry, IServiceProvider> register)
    {
        services.AddOptions<ClockOptions>().BindConfiguration(ClockOptions.SectionName).ValidateOnStart();
        services.AddOptions<EngineOptions>().BindConfiguration(EngineOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<EngineOptions>, EngineOptionsValidator>();
        services.PostConfigure<HostOptions>(host =>
            host.ShutdownTimeout = TimeSpan.FromTicks(Math.Max(host.ShutdownTimeout.Ticks, TimeSpan.FromSeconds(45).Ticks)));

        // The business clock is handed to the app's own components only: TimeProvider stays the system's, for the
        // framework's own timeouts (Kestrel, host shutdown, storage signatures), which must run on real time.
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new BusinessClock(sp.GetRequiredService<IOptions<ClockOptions>>().Value.Mode, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<BusinessClockStore>();
        services.AddSingleton<IStorageInitializer>(sp => sp.GetRequiredService<BusinessClockStore>());
        services.AddSingleton<ClockTravel>();

        services.AddSingleton<DataConverter>(new JsonDataConverter(OrderJson.Options));
        services.AddSingleton(sp => TaskHubService.Create(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value,
            sp.GetRequiredService<StorageAccount>(),
            sp.GetRequiredService<IOptions<EngineOptions>>().Value,
            sp.GetRequiredService<StorageRequestCounter>(),
            sp.GetRequiredService<ILoggerFactory>()));
        services.AddSingleton<DurableTaskClient>(sp => new TaskHubClient(
            sp.GetRequiredService<AzureStorageOrchestrationService>(), sp.GetRequiredService<DataConverter>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp =>
        {
            var registry = new DurableTaskRegistry();
            register(registry, sp);
            return registry;
        });
        services.AddSingleton(CreateWorker);
        services.AddHostedService<EngineHost>();
        return services;
    }

    private static TaskHubWorker CreateWorker(IServiceProvider services)
    {
        var registry = services.GetRequiredService<DurableTaskRegistry>();
        var loggers = services.GetRequiredService<ILoggerFactory>();
        var shims = new DurableTaskShimFactory(new DurableTaskWorkerOptions { DataConverter = services.GetRequiredService<DataConverter>() }, loggers);
        var worker = new TaskHubWorker(services.GetRequiredService<AzureStorageOrchestrationService>(), loggers)
        {
            // As the Durable extension records isolated-worker failures in Azure: failed activities and orchestrations
            // carry FailureDetails in the history (the management API shows them) and the instance's output is
            // "ErrorType: message". The default serializes exceptions instead and records no FailureDetails.
            ErrorPropagationMode = ErrorPropagationMode.UseFailureDetails,
        };
        worker.AddTaskOrchestrations([.. registry.GetOrchestrators().Select(o =>
            new ShimCreator<TaskOrchestration>(o.Key, () => shims.CreateOrchestration(o.Key, o.Value(services))))]);
        worker.AddTaskActivities([.. registry.GetActivities().Select(a =>
            new ShimCreator<TaskActivity>(a.Key, () => shims.CreateActivity(a.Key, a.Value(services))))]);
        return worker;
    }
}
