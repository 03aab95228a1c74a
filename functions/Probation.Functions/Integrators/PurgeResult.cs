namespace Probation.Functions.Integrators;

/// <summary>The body of a purge: <c>{"instancesDeleted":1}</c>.</summary>
public sealed record PurgeResult(int InstancesDeleted);
