using DurableTask.AzureStorage;
using DurableTask.Core;
using Probation.Functions.Hosting;

namespace Probation.Functions.Engine;

/// <summary>
/// Creates the task hub and the app's tables and queues, then runs the engine's worker. On shutdown the worker lets
/// running work finish (the engine bounds the wait at a few seconds) and lets go of its partitions; anything cut off
/// is retried by the engine on this or another host.
/// </summary>
internal sealed class EngineHost(AzureStorageOrchestrationService service, TaskHubWorker worker, IEnumerable<IStorageInitializer> initializers) : IHostedService
{
    private int _stopped;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await service.CreateIfNotExistsAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        foreach (var initializer in initializers)
        {
            await initializer.InitializeAsync(cancellationToken).ConfigureAwait(false);
        }

        await worker.StartAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stops once: a host stopped twice (tests, a second signal) finds the worker already disposed.</summary>
    public Task StopAsync(CancellationToken cancellationToken) =>
        Interlocked.Exchange(ref _stopped, 1) == 0 ? worker.StopAsync(isForced: false).WaitAsync(cancellationToken) : Task.CompletedTask;
}
