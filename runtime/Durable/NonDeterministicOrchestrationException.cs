namespace Durable;

/// <summary>
/// The orchestrator code did not do, on replay, what its history says it did: it was changed while instances were running,
/// or it reads something that is not deterministic.
/// </summary>
public sealed class NonDeterministicOrchestrationException : DurableRuntimeException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="instanceId">The instance being replayed.</param>
    /// <param name="sequenceNumber">The sequence number where replay and history disagree.</param>
    /// <param name="expected">What the history holds at that sequence number.</param>
    /// <param name="actual">What the code did now.</param>
    public NonDeterministicOrchestrationException(string instanceId, int sequenceNumber, string expected, string actual)
        : base(
            $"Non-deterministic replay of instance '{instanceId}' at sequence number {sequenceNumber}: " +
            $"the history holds {expected}, but the code now {actual}. " +
            "Was the orchestrator changed while this instance was running?")
    {
        InstanceId = instanceId;
        SequenceNumber = sequenceNumber;
        Expected = expected;
        Actual = actual;
    }

    /// <summary>The instance being replayed.</summary>
    public string InstanceId { get; }

    /// <summary>The sequence number where replay and history disagree.</summary>
    public int SequenceNumber { get; }

    /// <summary>What the history holds at <see cref="SequenceNumber"/>.</summary>
    public string Expected { get; }

    /// <summary>What the code did now.</summary>
    public string Actual { get; }
}
