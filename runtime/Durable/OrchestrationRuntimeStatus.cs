namespace Durable;

/// <summary>
/// The runtime status of an orchestration instance, with Durable Task Framework's names and numbers.
/// </summary>
public enum OrchestrationRuntimeStatus
{
    /// <summary>The instance is executing or waiting for a timer, an activity or an event.</summary>
    Running = 0,

    /// <summary>The instance completed normally.</summary>
    Completed = 1,

    /// <summary>The instance restarted itself with a fresh history; transient, between two executions.</summary>
    ContinuedAsNew = 2,

    /// <summary>The instance failed with an error.</summary>
    Failed = 3,

    /// <summary>The instance was terminated by a client.</summary>
    Terminated = 5,

    /// <summary>The instance is scheduled and has not run yet.</summary>
    Pending = 6,

    /// <summary>The instance is suspended by a client; events are kept until it is resumed.</summary>
    Suspended = 7,
}
