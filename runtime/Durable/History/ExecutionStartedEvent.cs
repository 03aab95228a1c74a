using System.Text.Json.Serialization;

namespace Durable.History;

/// <summary>An execution of orchestration <paramref name="Name"/> started.</summary>
/// <param name="EventId">Always -1.</param>
/// <param name="Timestamp">When the start was requested (UTC).</param>
/// <param name="Name">The registered orchestrator name.</param>
/// <param name="ExecutionId">Identifies this execution; a ContinueAsNew or a restart starts a new one.</param>
/// <param name="Input">The serialized input.</param>
/// <param name="Generation">0 for the first execution, incremented by each ContinueAsNew.</param>
/// <param name="Parent">The orchestration that started this one as a sub-orchestration, if any.</param>
public sealed record ExecutionStartedEvent(
    int EventId,
    DateTime Timestamp,
    string Name,
    string ExecutionId,
    string? Input,
    int Generation,
    ParentInstance? Parent) : HistoryEvent(EventId, Timestamp)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override EventType EventType => EventType.ExecutionStarted;
}
