using Microsoft.Extensions.Hosting;
using Probation.Functions.Hosting;

namespace Probation.FunctionApp.Hosting;

/// <summary>
/// Creates the app's tables and queues when the worker starts, as the self-host's engine host does before its work
/// runs; the Durable extension creates the task hub's own.
/// </summary>
internal sealed class StorageStartup(IEnumerable<IStorageInitializer> initializers) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var initializer in initializers)
        {
            await initializer.InitializeAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
