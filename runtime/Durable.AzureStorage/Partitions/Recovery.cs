using Durable.Backend;
using Durable.History;

namespace Durable.AzureStorage.Partitions;

/// <summary>
/// Decides, when a partition changes hands, which activity-call and timer rows still matter: those whose instance is
/// still in the same execution, whose history records the call or timer, and has no result for it yet. The others
/// were consumed (and their clean-up lost) or written by an episode that never committed.
/// </summary>
internal static class Recovery
{
    public static bool IsLive(InstanceSlot slot, ActivityRequest call) =>
        InExecution(slot, call.ExecutionId)
        && slot.History.Any(e => e is TaskScheduledEvent scheduled && scheduled.EventId == call.TaskScheduledId)
        && !HistoryFacts.HasResult(slot.History, call.TaskScheduledId);

    public static bool IsLive(InstanceSlot slot, OrchestrationMessage timer)
    {
        var timerId = ((TimerFiredEvent)timer.Event).TimerId;
        return InExecution(slot, timer.ExecutionId)
            && slot.History.Any(e => e is TimerCreatedEvent created && created.EventId == timerId)
            && !HistoryFacts.HasResult(slot.History, timerId);
    }

    private static bool InExecution(InstanceSlot slot, string? executionId) =>
        slot.State is { } state && !state.Status.IsTerminal() && state.ExecutionId == executionId;
}
