using System.Text.Json.Serialization;

namespace Durable.History;

/// <summary>The sub-orchestration started as <paramref name="TaskScheduledId"/> failed or was terminated.</summary>
public sealed record SubOrchestrationInstanceFailedEvent(int EventId, DateTime Timestamp, int TaskScheduledId, TaskFailureDetails FailureDetails) : HistoryEvent(EventId, Timestamp)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override EventType EventType => EventType.SubOrchestrationInstanceFailed;
}
