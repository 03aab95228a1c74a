using System.Text.Json.Serialization;

namespace Durable.History;

/// <summary>The activity scheduled as <paramref name="TaskScheduledId"/> failed.</summary>
public sealed record TaskFailedEvent(int EventId, DateTime Timestamp, int TaskScheduledId, TaskFailureDetails FailureDetails) : HistoryEvent(EventId, Timestamp)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override EventType EventType => EventType.TaskFailed;
}
