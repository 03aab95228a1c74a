using System.Text.Json.Serialization;

namespace Durable.History;

/// <summary>The orchestrator started sub-orchestration <paramref name="Name"/> as instance <paramref name="InstanceId"/>.</summary>
public sealed record SubOrchestrationInstanceCreatedEvent(int EventId, DateTime Timestamp, string Name, string InstanceId, string? Input) : HistoryEvent(EventId, Timestamp)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override EventType EventType => EventType.SubOrchestrationInstanceCreated;
}
