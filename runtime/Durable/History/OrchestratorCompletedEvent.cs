using System.Text.Json.Serialization;

namespace Durable.History;

/// <summary>An episode ended.</summary>
public sealed record OrchestratorCompletedEvent(int EventId, DateTime Timestamp) : HistoryEvent(EventId, Timestamp)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override EventType EventType => EventType.OrchestratorCompleted;
}
