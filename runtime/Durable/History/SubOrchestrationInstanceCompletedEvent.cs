using System.Text.Json.Serialization;

namespace Durable.History;

/// <summary>The sub-orchestration started as <paramref name="TaskScheduledId"/> completed with its serialized result.</summary>
public sealed record SubOrchestrationInstanceCompletedEvent(int EventId, DateTime Timestamp, int TaskScheduledId, string? Result) : HistoryEvent(EventId, Timestamp)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override EventType EventType => EventType.SubOrchestrationInstanceCompleted;
}
