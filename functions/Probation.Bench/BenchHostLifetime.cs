using Microsoft.Extensions.Hosting;

namespace Probation.Bench;

/// <summary>
/// The lifetime of a host the bench starts in its own process: none of its own. The default console lifetime would take
/// Ctrl+C for itself and stop only that host, leaving the bench waiting for work that never shows; with this one, Ctrl+C
/// cancels the bench, which stops the host and deletes its task hub.
/// </summary>
internal sealed class BenchHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
