using Durable.History;

namespace Durable.Replay;

internal sealed partial class ReplayContext
{
    private readonly LinkedList<EventRaisedEvent> _bufferedEvents = new();
    private readonly Dictionary<string, LinkedList<OpenTask<string?>>> _waiters = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Events that arrived and were not consumed, in arrival order.</summary>
    public IReadOnlyList<EventRaisedEvent> UnconsumedEvents => [.. _bufferedEvents];

    public override Task<T> WaitForExternalEvent<T>(string eventName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventName);
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }

        for (var node = _bufferedEvents.First; node is not null; node = node.Next)
        {
            if (string.Equals(node.Value.Name, eventName, StringComparison.OrdinalIgnoreCase))
            {
                _bufferedEvents.Remove(node);
                return Deserialize<T>(node.Value.Input);
            }
        }

        // The waiter carries the raw payload; it is deserialized for this caller's type once it arrives.
        var waiter = new OpenTask<string?>(PassThroughConverter.Instance);
        if (!_waiters.TryGetValue(eventName, out var queue))
        {
            queue = new LinkedList<OpenTask<string?>>();
            _waiters.Add(eventName, queue);
        }

        var waiterNode = queue.AddLast(waiter);
        if (cancellationToken.CanBeCanceled)
        {
            cancellationToken.Register(() =>
            {
                if (waiterNode.List is not null)
                {
                    queue.Remove(waiterNode);
                    waiter.Cancel();
                }
            });
        }

        return ThenDeserialize<T>(waiter.Task);
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

    private Task<T> Deserialize<T>(string? payload)
    {
        var open = new OpenTask<T>(converter);
        open.Complete(payload);
        return open.Task;
    }

    private async Task<T> ThenDeserialize<T>(Task<string?> payload) => await Deserialize<T>(await payload);
}
