using Durable.History;

namespace Durable.Replay;

internal sealed partial class ReplayContext
{
    private readonly LinkedList<EventRaisedEvent> _bufferedEvents = new();
    private readonly Dictionary<string, LinkedList<IOpenTask>> _waiters = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Events that arrived and were not consumed, in arrival order.</summary>
    public IReadOnlyList<EventRaisedEvent> UnconsumedEvents => [.. _bufferedEvents];

    public override Task<T> WaitForExternalEvent<T>(string eventName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventName);
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }

        var waiter = new OpenTask<T>(converter);
        for (var node = _bufferedEvents.First; node is not null; node = node.Next)
        {
            if (string.Equals(node.Value.Name, eventName, StringComparison.OrdinalIgnoreCase))
            {
                _bufferedEvents.Remove(node);
                waiter.Complete(node.Value.Input);
                return waiter.Task;
            }
        }

        if (!_waiters.TryGetValue(eventName, out var queue))
        {
            queue = new LinkedList<IOpenTask>();
            _waiters.Add(eventName, queue);
        }

        var waiterNode = queue.AddLast(waiter);
        if (cancellationToken.CanBeCanceled)
        {
            // Cancelled without throwing: a cancelled wait costs nothing on later replays.
            cancellationToken.Register(() =>
            {
                if (waiterNode.List is not null)
                {
                    queue.Remove(waiterNode);
                    waiter.Cancel();
                }
            });
        }

        return waiter.Task;
    }

    private void DeliverEvent(EventRaisedEvent raised)
    {
        if (_waiters.TryGetValue(raised.Name, out var queue) && queue.First is { } first)
        {
            queue.RemoveFirst();
            first.Value.Complete(raised.Input);
            return;
        }

        _bufferedEvents.AddLast(raised);
    }
}
