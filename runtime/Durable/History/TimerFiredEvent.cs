using System.Text.Json.Serialization;

namespace Durable.History;

/// <summary>The timer created as <paramref name="TimerId"/> fired.</summary>
public sealed record TimerFiredEvent(int EventId, DateTime Timestamp, int TimerId, DateTime FireAt) : HistoryEvent(EventId, Timestamp)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override EventType EventType => EventType.TimerFired;
}
