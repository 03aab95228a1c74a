namespace Durable.Client;

/// <summary>Which ended instances to purge.</summary>
/// <param name="CreatedFrom">Only instances created at or after this instant (UTC).</param>
/// <param name="CreatedTo">Only instances created at or before this instant (UTC); <see langword="null"/> for no bound.</param>
/// <param name="Statuses">Only these terminal statuses; <see langword="null"/> for Completed, Failed and Terminated.</param>
public sealed record PurgeInstancesFilter(
    DateTime CreatedFrom,
    DateTime? CreatedTo = null,
    IReadOnlyCollection<OrchestrationRuntimeStatus>? Statuses = null);
