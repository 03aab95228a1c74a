namespace Durable;

/// <summary>A client operation named an instance that does not exist.</summary>
public sealed class OrchestrationNotFoundException : DurableRuntimeException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="instanceId">The unknown instance id.</param>
    public OrchestrationNotFoundException(string instanceId)
        : base($"No orchestration instance has the id '{instanceId}'.")
    {
        InstanceId = instanceId;
    }

    /// <summary>The unknown instance id.</summary>
    public string InstanceId { get; }
}
