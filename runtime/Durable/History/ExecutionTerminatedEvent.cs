using System.Text.Json.Serialization;

namespace Durable.History;

/// <summary>A client terminated the execution, giving <paramref name="Reason"/>.</summary>
public sealed record ExecutionTerminatedEvent(int EventId, DateTime Timestamp, string? Reason) : HistoryEvent(EventId, Timestamp)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override EventType EventType => EventType.ExecutionTerminated;
}
