using System.Text.Json.Serialization;

namespace Durable.History;

/// <summary>External event <paramref name="Name"/> reached the instance with its serialized payload.</summary>
public sealed record EventRaisedEvent(int EventId, DateTime Timestamp, string Name, string? Input) : HistoryEvent(EventId, Timestamp)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override EventType EventType => EventType.EventRaised;
}
