namespace Durable.Backend;

/// <summary>The outcome of <see cref="IOrchestrationBackend.CreateInstanceAsync"/>.</summary>
/// <param name="Created">Whether this call created (or restarted) the instance.</param>
/// <param name="State">The instance's record after the call.</param>
public sealed record CreateInstanceResult(bool Created, OrchestrationState State);
