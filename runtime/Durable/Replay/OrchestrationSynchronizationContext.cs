using System.Collections.Concurrent;

namespace Durable.Replay;

/// <summary>
/// Runs every continuation of orchestrator code on the replaying thread, in the order it was posted, so that replay is
/// deterministic however the awaited tasks were completed.
/// </summary>
internal sealed class OrchestrationSynchronizationContext : SynchronizationContext
{
    // Concurrent only so that a misbehaving orchestrator (awaiting a real Task.Delay, say) cannot corrupt it;
    // such a late post is never run.
    private readonly ConcurrentQueue<(SendOrPostCallback Callback, object? State)> _posted = new();

    public override void Post(SendOrPostCallback d, object? state) => _posted.Enqueue((d, state));

    public override void Send(SendOrPostCallback d, object? state) => d(state);

    public override SynchronizationContext CreateCopy() => this;

    public void RunPosted()
    {
        while (_posted.TryDequeue(out var work))
        {
            work.Callback(work.State);
        }
    }
}
