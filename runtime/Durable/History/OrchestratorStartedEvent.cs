using System.Text.Json.Serialization;

namespace Durable.History;

/// <summary>An episode began; <see cref="HistoryEvent.Timestamp"/> is the orchestration's clock until the next episode.</summary>
public sealed record OrchestratorStartedEvent(int EventId, DateTime Timestamp) : HistoryEvent(EventId, Timestamp)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override EventType EventType => EventType.OrchestratorStarted;
}
