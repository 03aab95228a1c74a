namespace Durable;

/// <summary>
/// A client operation is not allowed in the instance's current status: an event, a termination, a suspension or a
/// resumption sent to an instance that has ended, a purge of an instance that has not, or a start that must not
/// replace an ended instance.
/// </summary>
public sealed class OrchestrationStatusConflictException : DurableRuntimeException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="status">Its current status.</param>
    /// <param name="operation">The refused operation, e.g. "raise an event".</param>
    public OrchestrationStatusConflictException(string instanceId, OrchestrationRuntimeStatus status, string operation)
        : base($"Cannot {operation} for instance '{instanceId}': it is {status}.")
    {
        InstanceId = instanceId;
        Status = status;
        Operation = operation;
    }

    /// <summary>The instance.</summary>
    public string InstanceId { get; }

    /// <summary>The instance's status when the operation was refused.</summary>
    public OrchestrationRuntimeStatus Status { get; }

    /// <summary>The refused operation.</summary>
    public string Operation { get; }
}
