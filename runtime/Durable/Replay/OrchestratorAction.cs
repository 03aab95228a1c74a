using Durable.History;

namespace Durable.Replay;

/// <summary>Something orchestrator code asked for, numbered by its sequence number in the execution.</summary>
internal abstract record OrchestratorAction(int Id)
{
    /// <summary>How the action is described in a non-determinism error, e.g. "scheduled activity 'Send'".</summary>
    public abstract string Description { get; }

    /// <summary>The history event that records the action.</summary>
    public abstract HistoryEvent ToHistoryEvent(DateTime timestamp);

    /// <summary>Whether <paramref name="recorded"/> records this action: same kind and, where there is one, same name.</summary>
    public abstract bool Matches(HistoryEvent recorded);
}
