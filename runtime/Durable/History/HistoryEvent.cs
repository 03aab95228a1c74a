using System.Text.Json.Serialization;

namespace Durable.History;

/// <summary>
/// One entry of an orchestration's append-only history, after Durable Task Framework's <c>HistoryEvent</c>.
/// </summary>
/// <param name="EventId">
/// For events that record an orchestrator action (<see cref="TaskScheduledEvent"/>, <see cref="TimerCreatedEvent"/>,
/// <see cref="SubOrchestrationInstanceCreatedEvent"/>, <see cref="EventSentEvent"/>), the action's sequence number
/// within the execution; completions refer back to it. -1 for every other event.
/// </param>
/// <param name="Timestamp">When the event was recorded (UTC).</param>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "eventType")]
[JsonDerivedType(typeof(ExecutionStartedEvent), nameof(EventType.ExecutionStarted))]
[JsonDerivedType(typeof(ExecutionCompletedEvent), nameof(EventType.ExecutionCompleted))]
[JsonDerivedType(typeof(ExecutionTerminatedEvent), nameof(EventType.ExecutionTerminated))]
[JsonDerivedType(typeof(TaskScheduledEvent), nameof(EventType.TaskScheduled))]
[JsonDerivedType(typeof(TaskCompletedEvent), nameof(EventType.TaskCompleted))]
[JsonDerivedType(typeof(TaskFailedEvent), nameof(EventType.TaskFailed))]
[JsonDerivedType(typeof(SubOrchestrationInstanceCreatedEvent), nameof(EventType.SubOrchestrationInstanceCreated))]
[JsonDerivedType(typeof(SubOrchestrationInstanceCompletedEvent), nameof(EventType.SubOrchestrationInstanceCompleted))]
[JsonDerivedType(typeof(SubOrchestrationInstanceFailedEvent), nameof(EventType.SubOrchestrationInstanceFailed))]
[JsonDerivedType(typeof(TimerCreatedEvent), nameof(EventType.TimerCreated))]
[JsonDerivedType(typeof(TimerFiredEvent), nameof(EventType.TimerFired))]
[JsonDerivedType(typeof(OrchestratorStartedEvent), nameof(EventType.OrchestratorStarted))]
[JsonDerivedType(typeof(OrchestratorCompletedEvent), nameof(EventType.OrchestratorCompleted))]
[JsonDerivedType(typeof(EventSentEvent), nameof(EventType.EventSent))]
[JsonDerivedType(typeof(EventRaisedEvent), nameof(EventType.EventRaised))]
[JsonDerivedType(typeof(ContinueAsNewEvent), nameof(EventType.ContinueAsNew))]
[JsonDerivedType(typeof(ExecutionSuspendedEvent), nameof(EventType.ExecutionSuspended))]
[JsonDerivedType(typeof(ExecutionResumedEvent), nameof(EventType.ExecutionResumed))]
public abstract record HistoryEvent(int EventId, DateTime Timestamp)
{
    /// <summary>The kind of event.</summary>
    [JsonIgnore]
    public abstract EventType EventType { get; }
}
