namespace Durable.History;

/// <summary>A client resumed the instance.</summary>
public sealed record ExecutionResumedEvent(int EventId, DateTime Timestamp, string? Reason) : HistoryEvent(EventId, Timestamp)
{
    /// <inheritdoc />
    public override EventType EventType => EventType.ExecutionResumed;
}
