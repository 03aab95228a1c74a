namespace Durable.Worker;

/// <summary>
/// The sessions a worker keeps, at most <c>capacity</c>, the least recently used going first. A session is taken out
/// while its instance is processed and put back only after the episode's commit succeeded.
/// </summary>
internal sealed class ExecutionSessions(int capacity)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, LinkedListNode<(string InstanceId, ExecutionSession Session)>> _byInstance = new(StringComparer.Ordinal);
    private readonly LinkedList<(string InstanceId, ExecutionSession Session)> _recency = new();

    public ExecutionSession? Take(string instanceId)
    {
        lock (_gate)
        {
            if (!_byInstance.Remove(instanceId, out var node))
            {
                return null;
            }

            _recency.Remove(node);
            return node.Value.Session;
        }
    }

    public void Put(string instanceId, ExecutionSession session)
    {
        if (capacity == 0)
        {
            return;
        }

        lock (_gate)
        {
            if (_byInstance.Remove(instanceId, out var existing))
            {
                _recency.Remove(existing);
            }

            _byInstance[instanceId] = _recency.AddLast((instanceId, session));
            while (_byInstance.Count > capacity && _recency.First is { } oldest)
            {
                _recency.RemoveFirst();
                _byInstance.Remove(oldest.Value.InstanceId);
            }
        }
    }
}
