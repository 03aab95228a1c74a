using Microsoft.DurableTask.Client;

namespace Probation.Functions.Orders;

/// <summary>
/// Waits, briefly, for an order's workflow to start before a staff event is raised to it. The engine discards an event
/// that reaches an instance with no history ("No such instance"), which happens when the instance's start message is
/// held by a host that died holding it: the partition's new owner takes the event before the start message's
/// visibility timeout ends. An event is therefore raised only to a workflow that has started; until then the caller
/// is told to send it again.
/// </summary>
internal sealed class WorkflowStart(TimeProvider system)
{
    /// <summary>Long enough for a workflow's first step on a loaded host; short enough for a request to wait.</summary>
    public static readonly TimeSpan WaitFor = TimeSpan.FromSeconds(5);

    // The pause before the first look, doubled after each: at most five reads of the instance in the five seconds.
    // Requests waiting together must not load the storage that the engine needs to start their workflows.
    private static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(250);

    /// <summary>Whether the instance has started (is past <c>Pending</c>) within <see cref="WaitFor"/>.</summary>
    public async Task<bool> WaitAsync(DurableTaskClient client, string instanceId, CancellationToken cancellationToken)
    {
        var waited = TimeSpan.Zero;
        for (var pause = FirstPause; waited < WaitFor; pause *= 2)
        {
            var step = pause < WaitFor - waited ? pause : WaitFor - waited;
            await Task.Delay(step, system, cancellationToken).ConfigureAwait(false);
            waited += step;
            if (await client.GetInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false) is { RuntimeStatus: not OrchestrationRuntimeStatus.Pending })
            {
                return true;
            }
        }

        return false;
    }
}
