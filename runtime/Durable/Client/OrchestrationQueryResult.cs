namespace Durable.Client;

/// <summary>One page of a query.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Instances">The instances on this page, in instance-id order.</param>
/// <param name="ContinuationToken">Pass it back for the next page; <see langword="null"/> on the last page.</param>
public sealed record OrchestrationQueryResult<T>(IReadOnlyList<T> Instances, string? ContinuationToken);
