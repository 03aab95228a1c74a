using System.Text.Json.Serialization;

namespace Durable.History;

/// <summary>The execution ended with <paramref name="Status"/> (Completed, Failed or Terminated), its serialized result or its failure.</summary>
public sealed record ExecutionCompletedEvent(int EventId, DateTime Timestamp, OrchestrationRuntimeStatus Status, string? Result, TaskFailureDetails? FailureDetails) : HistoryEvent(EventId, Timestamp)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override EventType EventType => EventType.ExecutionCompleted;
}
