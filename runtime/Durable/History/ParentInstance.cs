namespace Durable.History;

/// <summary>The parent of a sub-orchestration: where its completion is reported.</summary>
/// <param name="Name">The parent's orchestrator name.</param>
/// <param name="InstanceId">The parent instance.</param>
/// <param name="ExecutionId">The parent execution that is waiting.</param>
/// <param name="TaskScheduledId">The sequence number of the parent's call.</param>
public sealed record ParentInstance(string Name, string InstanceId, string ExecutionId, int TaskScheduledId);
