using Durable.History;

namespace Durable.Replay;

/// <summary>How history events are named in non-determinism errors.</summary>
internal static class HistoryDescriptions
{
    public static string Describe(HistoryEvent recorded) => recorded switch
    {
        TaskScheduledEvent scheduled => $"TaskScheduled '{scheduled.Name}'",
        SubOrchestrationInstanceCreatedEvent created => $"SubOrchestrationInstanceCreated '{created.Name}'",
        EventSentEvent sent => $"EventSent '{sent.Name}'",
        _ => recorded.EventType.ToString(),
    };
}
