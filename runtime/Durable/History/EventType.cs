namespace Durable.History;

/// <summary>
/// The kinds of history event, numbered as in Durable Task Framework's <c>EventType</c>, which is an
/// append-only wire contract: numbers are never reused or reordered.
/// </summary>
public enum EventType
{
    /// <summary>An execution of the orchestration started (its first event).</summary>
    ExecutionStarted = 0,

    /// <summary>The execution ended: completed, failed or terminated.</summary>
    ExecutionCompleted = 1,

    /// <summary>The execution was terminated by a client.</summary>
    ExecutionTerminated = 3,

    /// <summary>The orchestrator scheduled an activity.</summary>
    TaskScheduled = 4,

    /// <summary>An activity completed.</summary>
    TaskCompleted = 5,

    /// <summary>An activity failed.</summary>
    TaskFailed = 6,

    /// <summary>The orchestrator started a sub-orchestration.</summary>
    SubOrchestrationInstanceCreated = 7,

    /// <summary>A sub-orchestration completed.</summary>
    SubOrchestrationInstanceCompleted = 8,

    /// <summary>A sub-orchestration failed or was terminated.</summary>
    SubOrchestrationInstanceFailed = 9,

    /// <summary>The orchestrator created a durable timer.</summary>
    TimerCreated = 10,

    /// <summary>A durable timer fired.</summary>
    TimerFired = 11,

    /// <summary>An episode began; its timestamp is the orchestration's clock for the episode.</summary>
    OrchestratorStarted = 12,

    /// <summary>An episode ended.</summary>
    OrchestratorCompleted = 13,

    /// <summary>The orchestrator sent an event to another instance.</summary>
    EventSent = 14,

    /// <summary>An external event reached the instance.</summary>
    EventRaised = 15,

    /// <summary>The execution continued as new with a fresh history.</summary>
    ContinueAsNew = 16,

    /// <summary>A client suspended the instance.</summary>
    ExecutionSuspended = 19,

    /// <summary>A client resumed the instance.</summary>
    ExecutionResumed = 20,
}
