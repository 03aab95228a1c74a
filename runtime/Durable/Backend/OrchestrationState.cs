using Durable.History;

namespace Durable.Backend;

/// <summary>The stored record of an orchestration instance, as clients see it.</summary>
/// <param name="InstanceId">The instance id.</param>
/// <param name="Name">The orchestrator name.</param>
/// <param name="ExecutionId">The current execution.</param>
/// <param name="Status">The runtime status.</param>
/// <param name="CreatedAt">When the instance (its current run) was scheduled (UTC).</param>
/// <param name="LastUpdatedAt">When the record last changed (UTC).</param>
/// <param name="CompletedAt">When the instance ended (UTC), if it has.</param>
/// <param name="Input">The current execution's serialized input.</param>
/// <param name="Output">The serialized output; for a terminated instance, the reason.</param>
/// <param name="CustomStatus">The serialized custom status.</param>
/// <param name="Failure">The failure of a failed instance.</param>
/// <param name="Parent">The parent of a sub-orchestration.</param>
public sealed record OrchestrationState(
    string InstanceId,
    string Name,
    string ExecutionId,
    OrchestrationRuntimeStatus Status,
    DateTime CreatedAt,
    DateTime LastUpdatedAt,
    DateTime? CompletedAt,
    string? Input,
    string? Output,
    string? CustomStatus,
    TaskFailureDetails? Failure,
    ParentInstance? Parent)
{
    /// <summary>The record of an instance that has been scheduled and has not run yet.</summary>
    /// <param name="instanceId">The instance id.</param>
    /// <param name="start">Its start event.</param>
    /// <returns>A Pending record.</returns>
    public static OrchestrationState Pending(string instanceId, ExecutionStartedEvent start)
    {
        ArgumentNullException.ThrowIfNull(start);
        return new OrchestrationState(
            instanceId, start.Name, start.ExecutionId, OrchestrationRuntimeStatus.Pending, start.Timestamp, start.Timestamp,
            null, start.Input, null, null, null, start.Parent);
    }
}
