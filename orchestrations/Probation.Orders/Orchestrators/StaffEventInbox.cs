using System.Text.Json;
using Microsoft.DurableTask;
using Probation.Orders.Clock;
using Probation.Orders.Events;

namespace Probation.Orders.Orchestrators;

/// <summary>
/// Receives one execution's events, under every name of <see cref="StaffEventNames"/> and <see cref="ClockMoved"/>, into
/// one queue in arrival order. Each name has a wait that is renewed after every event and never cancelled: cancelling a wait costs the
/// runtime an exception, and an execution ends with ContinueAsNew soon anyway. What is still queued then is carried
/// into the next execution; an event that arrives after <see cref="Close"/> is sent back to this instance, so it
/// reaches the next execution after the carried ones and nothing is lost.
/// </summary>
internal sealed class StaffEventInbox
{
    private static readonly string[] Names = [.. StaffEventNames.All.Select(e => e.Key), ClockMoved.EventName];

    private readonly TaskOrchestrationContext _context;
    private readonly Queue<PendingEvent> _queue;
    private TaskCompletionSource? _arrival;
    private bool _closed;

    private StaffEventInbox(TaskOrchestrationContext context, IEnumerable<PendingEvent> carried)
    {
        _context = context;
        _queue = new Queue<PendingEvent>(carried);
    }

    /// <summary>Starts receiving; call it before the execution awaits anything, so no event is buffered elsewhere.</summary>
    public static StaffEventInbox Open(TaskOrchestrationContext context, IEnumerable<PendingEvent> carried)
    {
        var inbox = new StaffEventInbox(context, carried);
        foreach (var name in Names)
        {
            _ = inbox.ReceiveAsync(name);
        }

        return inbox;
    }

    /// <summary>Completes when an event is queued (at once if one already is).</summary>
    public Task Arrival => _queue.Count > 0 ? Task.CompletedTask : (_arrival ??= new TaskCompletionSource()).Task;

    /// <summary>Whether an event is queued.</summary>
    public bool HasQueued => _queue.Count > 0;

    public bool TryTake(out PendingEvent pending) => _queue.TryDequeue(out pending!);

    /// <summary>The oldest queued event; call it once <see cref="Arrival"/> has completed.</summary>
    public PendingEvent Take() => _queue.Dequeue();

    /// <summary>Stops queueing and returns what is still queued, for the next execution.</summary>
    public IReadOnlyList<PendingEvent> Close()
    {
        _closed = true;
        return [.. _queue];
    }

    private async Task ReceiveAsync(string name)
    {
        while (true)
        {
            // Any JSON reads as a JsonElement; the step rejects a body that is not its event.
            var payload = await _context.WaitForExternalEvent<JsonElement?>(name);
            if (_closed)
            {
                // The SDK sends a null payload as an event without a body, as it arrived.
                _context.SendEvent(_context.InstanceId, name, payload!);
                continue;
            }

            _queue.Enqueue(new PendingEvent(name, payload));
            var arrival = _arrival;
            _arrival = null;
            arrival?.TrySetResult();
        }
    }
}
