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

    /// <summary>Whether the instance has started (is past <c>Pending</c>) within <see cref="WaitFor"/>.</summary>
    public async Task<bool> WaitAsync(DurableTaskClient client, string instanceId, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(WaitFor, system);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await client.WaitForInstanceStartAsync(instanceId, getInputsAndOutputs: false, linked.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
