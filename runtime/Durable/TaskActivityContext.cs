namespace Durable;

/// <summary>What an activity knows about the call it serves.</summary>
/// <param name="name">The activity name.</param>
/// <param name="instanceId">The calling orchestration instance.</param>
/// <param name="executionId">The calling execution.</param>
/// <param name="taskId">The call's sequence number within the execution.</param>
/// <param name="cancellationToken">Signalled when the worker shuts down; the call is then retried elsewhere.</param>
public sealed class TaskActivityContext(
    string name, string instanceId, string executionId, int taskId, CancellationToken cancellationToken = default)
{
    /// <summary>The activity name.</summary>
    public string Name { get; } = name;

    /// <summary>The calling orchestration instance.</summary>
    public string InstanceId { get; } = instanceId;

    /// <summary>The calling execution.</summary>
    public string ExecutionId { get; } = executionId;

    /// <summary>The call's sequence number within the execution.</summary>
    public int TaskId { get; } = taskId;

    /// <summary>
    /// The same for every delivery of this call, and different for every other call: activities run at least once,
    /// so side effects should be keyed on it.
    /// </summary>
    public string IdempotencyKey => $"{InstanceId}:{ExecutionId}:{TaskId}";

    /// <summary>Signalled when the worker shuts down.</summary>
    public CancellationToken CancellationToken { get; } = cancellationToken;
}
