using System.Text.Json.Serialization;

namespace Durable.History;

/// <summary>A client resumed the instance.</summary>
public sealed record ExecutionResumedEvent(int EventId, DateTime Timestamp, string? Reason) : HistoryEvent(EventId, Timestamp)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override EventType EventType => EventType.ExecutionResumed;
}
