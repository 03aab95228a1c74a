using Durable.AzureStorage;
using Durable.Worker;

namespace Probation.Functions.Hosting;

/// <summary>
/// Creates the task hub and the queues the service uses, runs the durable worker, and on shutdown lets running work
/// finish (within the worker's grace period) before it frees the partitions for other hosts.
/// </summary>
internal sealed class DurableHost(AzureStorageBackend backend, DurableTaskWorker worker, IEnumerable<IStorageInitializer> initializers) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await backend.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        foreach (var initializer in initializers)
        {
            await initializer.InitializeAsync(cancellationToken).ConfigureAwait(false);
        }

        await worker.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await worker.StopAsync(cancellationToken).ConfigureAwait(false);
        await backend.DisposeAsync().ConfigureAwait(false);
    }
}
