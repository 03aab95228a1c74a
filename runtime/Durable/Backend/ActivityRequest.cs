namespace Durable.Backend;

/// <summary>A call from an orchestration to an activity, waiting for a worker.</summary>
/// <param name="InstanceId">The calling instance.</param>
/// <param name="ExecutionId">The calling execution.</param>
/// <param name="TaskScheduledId">The call's sequence number; the result refers to it.</param>
/// <param name="Name">The activity name.</param>
/// <param name="Input">The serialized input.</param>
public sealed record ActivityRequest(string InstanceId, string ExecutionId, int TaskScheduledId, string Name, string? Input);
