namespace Durable;

/// <summary>Options for a call from an orchestration to a sub-orchestration.</summary>
/// <param name="InstanceId">
/// The child's instance id, or <see langword="null"/> for one derived deterministically from the parent.
/// </param>
/// <param name="Retry">The retry policy, or <see langword="null"/> to fail on the first failure.</param>
public sealed record SubOrchestrationOptions(string? InstanceId = null, RetryPolicy? Retry = null) : TaskOptions(Retry);
