using System.Text.Json.Serialization;

namespace Durable.History;

/// <summary>The orchestrator created a durable timer due at <paramref name="FireAt"/> (UTC).</summary>
public sealed record TimerCreatedEvent(int EventId, DateTime Timestamp, DateTime FireAt) : HistoryEvent(EventId, Timestamp)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override EventType EventType => EventType.TimerCreated;
}
