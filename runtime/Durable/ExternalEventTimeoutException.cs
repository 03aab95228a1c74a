namespace Durable;

/// <summary>
/// Thrown into orchestrator code when <see cref="TaskOrchestrationContext.WaitForExternalEvent{T}(string, TimeSpan, CancellationToken)"/>
/// times out before the event arrives.
/// </summary>
public sealed class ExternalEventTimeoutException : DurableRuntimeException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="eventName">The event that did not arrive.</param>
    /// <param name="timeout">How long the orchestration waited.</param>
    public ExternalEventTimeoutException(string eventName, TimeSpan timeout)
        : base($"Event '{eventName}' did not arrive within {timeout}.")
    {
        EventName = eventName;
        Timeout = timeout;
    }

    /// <summary>The event that did not arrive.</summary>
    public string EventName { get; }

    /// <summary>How long the orchestration waited.</summary>
    public TimeSpan Timeout { get; }
}
