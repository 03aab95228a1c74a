using Durable.Backend;
using Durable.History;

namespace Durable.InMemory;

/// <summary>One instance as the in-memory backend keeps it; every field is guarded by the backend's lock.</summary>
internal sealed class InstanceRecord(OrchestrationState state)
{
    public OrchestrationState State { get; set; } = state;

    public List<HistoryEvent> History { get; set; } = [];

    public List<OrchestrationMessage> Inbox { get; set; } = [];

    /// <summary>A worker holds the instance for an episode.</summary>
    public bool Locked { get; set; }

    /// <summary>The instance waits in the ready channel.</summary>
    public bool Queued { get; set; }

    /// <summary>The instance was purged; a stale reference to it does nothing.</summary>
    public bool Removed { get; set; }

    /// <summary>Starts a new run: the old history and undelivered messages go; late messages of the old run are dropped by execution id.</summary>
    public void Reset(string instanceId, ExecutionStartedEvent start)
    {
        State = OrchestrationState.Pending(instanceId, start);
        History = [];
        Inbox = [];
    }
}
