using Azure.Core.Serialization;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Probation.FunctionApp.OpenApi;
using Probation.Functions.Clock;
using Probation.Functions.Hosting;
using Probation.Orders.Validation;

namespace Probation.FunctionApp.Hosting;

/// <summary>
/// The Functions app's composition: the shared order workflow and nothing of the self-host's own. The Functions host
/// and its Durable extension run the engine, check the keys and serve the management API.
/// </summary>
internal static class FunctionAppWorkerServiceCollectionExtensions
{
    public static IServiceCollection AddFunctionAppWorker(this IServiceCollection services)
    {
        services.AddOrderWorkflow();
        services.TryAddSingleton(TimeProvider.System);

        // Time travel is never on in Azure (API.md): business time is the system's, whatever Clock:Mode says.
        services.AddSingleton(sp => new BusinessClock(ClockMode.System, sp.GetRequiredService<TimeProvider>()));

        // Orchestration inputs, activity inputs and the client's payloads in the contract's JSON, as the self-host's
        // data converter writes them: one task hub's history reads the same whichever host wrote it.
        services.Configure<WorkerOptions>(worker => worker.Serializer = new JsonObjectSerializer(OrderJson.Options));
        services.AddHostedService<StorageStartup>();
        services.AddSingleton<OpenApiDocumentSource>();
        return services;
    }
}
