namespace Durable.History;

/// <summary>An episode ended.</summary>
public sealed record OrchestratorCompletedEvent(int EventId, DateTime Timestamp) : HistoryEvent(EventId, Timestamp)
{
    /// <inheritdoc />
    public override EventType EventType => EventType.OrchestratorCompleted;
}
