namespace Durable.Client;

/// <summary>A filter over instances, read one page at a time.</summary>
/// <param name="Statuses">Only these statuses; <see langword="null"/> or empty for all.</param>
/// <param name="CreatedFrom">Only instances created at or after this instant (UTC).</param>
/// <param name="CreatedTo">Only instances created at or before this instant (UTC).</param>
/// <param name="InstanceIdPrefix">Only ids that start with this (ordinal).</param>
/// <param name="PageSize">At most this many instances per page (1-1000).</param>
/// <param name="ContinuationToken">The token of the previous page, or <see langword="null"/> for the first page.</param>
/// <param name="FetchInputsAndOutputs">Include inputs, outputs and custom status.</param>
public sealed record OrchestrationQuery(
    IReadOnlyCollection<OrchestrationRuntimeStatus>? Statuses = null,
    DateTime? CreatedFrom = null,
    DateTime? CreatedTo = null,
    string? InstanceIdPrefix = null,
    int PageSize = 100,
    string? ContinuationToken = null,
    bool FetchInputsAndOutputs = false)
{
    /// <summary>The largest page a query may ask for.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>Checks the query's values.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The page size or the time range is out of range.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(PageSize, 1, nameof(PageSize));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(PageSize, MaxPageSize, nameof(PageSize));
        if (CreatedFrom is { } from && CreatedTo is { } to && from > to)
        {
            throw new ArgumentOutOfRangeException(nameof(CreatedTo), "The created-time range ends before it starts.");
        }
    }
}
