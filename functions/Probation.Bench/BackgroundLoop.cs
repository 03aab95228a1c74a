namespace Probation.Bench;

/// <summary>Work the bench runs beside a scenario until disposed, when it is cancelled and awaited.</summary>
internal sealed class BackgroundLoop : IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _running;

    public BackgroundLoop(Func<CancellationToken, Task> loop) => _running = loop(_stopping.Token);

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await _running.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopped as asked.
        }

        _stopping.Dispose();
    }
}
