using AzureStorage.Client.Tables;
using Durable.Backend;
using Durable.History;

namespace Durable.AzureStorage.Partitions;

/// <summary>
/// An instance as its partition's owner keeps it: the stored row (with its ETag), the history, and the messages
/// waiting for the next episode. Guarded by the partition's lock; the history is only touched while the slot is locked.
/// </summary>
internal sealed class InstanceSlot(string instanceId)
{
    public string InstanceId { get; } = instanceId;

    /// <summary>The row and history were read from storage (or the instance is known not to exist yet).</summary>
    public bool Loaded { get; set; }

    /// <summary>Someone else may have replaced the row (a client restart): read it again before the next episode.</summary>
    public bool ReloadRequested { get; set; }

    public OrchestrationState? State { get; set; }

    public ETag? ETag { get; set; }

    public List<HistoryEvent> History { get; set; } = [];

    public int HistoryStart { get; set; }

    public int HistoryRows { get; set; }

    public List<PendingMessage> Pending { get; } = [];

    public bool Locked { get; set; }

    public bool Queued { get; set; }

    public LinkedListNode<InstanceSlot>? Recency { get; set; }

    public void Forget()
    {
        Loaded = false;
        State = null;
        ETag = null;
        History = [];
        HistoryStart = 0;
        HistoryRows = 0;
    }
}
