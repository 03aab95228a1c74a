using DurableTask.AzureStorage;
using DurableTask.Core;
using Probation.Functions.Hosting;

namespace Probation.Functions.Engine;

/// <summary>
/// Creates the task hub and the app's tables and queues, then runs the engine's worker. On shutdown the worker lets
/// running work finish (the engine bounds the wait at a few seconds) and lets go of its partitions; anything cut off
/// is retried by the engine on this or another host.
/// </summary>
internal sealed class EngineHost(
    AzureStorageOrchestrationService service, TaskHubWorker worker, IEnumerable<IStorageInitializer> initializers, ILogger<EngineHost> logger)
    : IHostedService
{
    private readonly Lazy<Task> _stopping = new(() => worker.StopAsync(isForced: false));

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await service.CreateIfNotExistsAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        foreach (var initializer in initializers)
        {
            await initializer.InitializeAsync(cancellationToken).ConfigureAwait(false);
        }

        await worker.StartAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Stops once; a second stop (a test host, a second signal) waits for the first, so nothing disposes the worker
    /// while it is still letting go. A worker still letting go when the host's shutdown time is up (storage out of reach:
    /// its partitions cannot be released) is left behind with a warning, so the process still ends normally.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _stopping.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            HostLog.EngineStopCutShort(logger);
        }
    }
}
