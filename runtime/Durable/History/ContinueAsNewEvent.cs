using System.Text.Json.Serialization;

namespace Durable.History;

/// <summary>The execution continued as new with the serialized <paramref name="Input"/>.</summary>
public sealed record ContinueAsNewEvent(int EventId, DateTime Timestamp, string? Input) : HistoryEvent(EventId, Timestamp)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override EventType EventType => EventType.ContinueAsNew;
}
