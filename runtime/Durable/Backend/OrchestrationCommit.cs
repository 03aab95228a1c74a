using Durable.History;

namespace Durable.Backend;

/// <summary>
/// Everything one episode changes, committed atomically with the removal of the work item's messages: the new history
/// events, the new record and the outgoing work.
/// </summary>
/// <param name="HistoryReset">Replace the history by <paramref name="NewEvents"/> (a ContinueAsNew) rather than append.</param>
/// <param name="NewEvents">History events to append (or the whole new history).</param>
/// <param name="State">The new record, or <see langword="null"/> to leave it unchanged.</param>
/// <param name="Activities">Activity calls to queue.</param>
/// <param name="Messages">Messages to deliver now, to this or other instances.</param>
/// <param name="Timers">Timer messages (<see cref="TimerFiredEvent"/>) to deliver at their <see cref="TimerFiredEvent.FireAt"/>.</param>
public sealed record OrchestrationCommit(
    bool HistoryReset,
    IReadOnlyList<HistoryEvent> NewEvents,
    OrchestrationState? State,
    IReadOnlyList<ActivityRequest> Activities,
    IReadOnlyList<OrchestrationMessage> Messages,
    IReadOnlyList<OrchestrationMessage> Timers)
{
    /// <summary>A commit that only consumes the work item's messages.</summary>
    public static OrchestrationCommit Nothing { get; } = new(false, [], null, [], [], []);
}
