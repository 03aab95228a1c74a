namespace Durable;

/// <summary>
/// Thrown into orchestrator code when an activity or a sub-orchestration it awaited failed.
/// </summary>
public sealed class TaskFailedException : DurableRuntimeException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="taskName">The activity or orchestrator name.</param>
    /// <param name="taskId">The sequence number of the call.</param>
    /// <param name="failureDetails">The recorded failure.</param>
    public TaskFailedException(string taskName, int taskId, TaskFailureDetails failureDetails)
        : base($"Task '{taskName}' (#{taskId}) failed with an unhandled exception: {failureDetails.ErrorMessage}")
    {
        TaskName = taskName;
        TaskId = taskId;
        FailureDetails = failureDetails;
    }

    /// <summary>The activity or orchestrator name.</summary>
    public string TaskName { get; }

    /// <summary>The sequence number of the call that failed.</summary>
    public int TaskId { get; }

    /// <summary>The recorded failure, including the original error type and message.</summary>
    public TaskFailureDetails FailureDetails { get; }
}
