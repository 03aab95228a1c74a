using System.Text.Json.Serialization;

namespace Durable.History;

/// <summary>The orchestrator sent event <paramref name="Name"/> to instance <paramref name="InstanceId"/>.</summary>
public sealed record EventSentEvent(int EventId, DateTime Timestamp, string InstanceId, string Name, string? Input) : HistoryEvent(EventId, Timestamp)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override EventType EventType => EventType.EventSent;
}
