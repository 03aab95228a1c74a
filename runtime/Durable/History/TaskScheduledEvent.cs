using System.Text.Json.Serialization;

namespace Durable.History;

/// <summary>The orchestrator scheduled activity <paramref name="Name"/> with its serialized input.</summary>
public sealed record TaskScheduledEvent(int EventId, DateTime Timestamp, string Name, string? Input) : HistoryEvent(EventId, Timestamp)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override EventType EventType => EventType.TaskScheduled;
}
