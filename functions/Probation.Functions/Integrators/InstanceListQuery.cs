using Microsoft.DurableTask.Client;

namespace Probation.Functions.Integrators;

/// <summary>The query string of <c>GET instances</c>, checked: every problem is reported under the parameter it is about.</summary>
internal sealed record InstanceListQuery(string[]? RuntimeStatus, DateTime? CreatedTimeFrom, DateTime? CreatedTimeTo, string? InstanceIdPrefix, int? Top, bool? ShowInput)
{
    /// <summary>The most instances one page may hold, as Azure Storage's query returns them.</summary>
    public const int MaxPageSize = 1000;

    public OrchestrationQuery? ToQuery(string? continuationToken, out Dictionary<string, string[]> problems)
    {
        var found = new Dictionary<string, string[]>(StringComparer.Ordinal);
        problems = found;
        void Add(string field, string problem) => found[field] = found.TryGetValue(field, out var earlier) ? [.. earlier, problem] : [problem];

        var statuses = new List<OrchestrationRuntimeStatus>();
        foreach (var name in (RuntimeStatus ?? []).SelectMany(s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (Enum.TryParse<OrchestrationRuntimeStatus>(name, ignoreCase: true, out var status) && !int.TryParse(name, out _))
            {
                statuses.Add(status);
            }
            else
            {
                Add("runtimeStatus", $"runtimeStatus '{name}' is not one of {string.Join(", ", Enum.GetNames<OrchestrationRuntimeStatus>())}.");
            }
        }

        if (Top is < 1 or > MaxPageSize)
        {
            Add("top", $"top must be between 1 and {MaxPageSize}.");
        }

        if (CreatedTimeFrom > CreatedTimeTo)
        {
            Add("createdTimeFrom", "createdTimeFrom is after createdTimeTo.");
        }

        return problems.Count > 0
            ? null
            : new OrchestrationQuery
            {
                Statuses = statuses.Count > 0 ? statuses : null,
                CreatedFrom = Utc(CreatedTimeFrom),
                CreatedTo = Utc(CreatedTimeTo),
                InstanceIdPrefix = InstanceIdPrefix,
                PageSize = Top ?? 100,
                ContinuationToken = continuationToken,
                FetchInputsAndOutputs = ShowInput ?? true,
            };
    }

    private static DateTimeOffset? Utc(DateTime? time) => time?.Kind switch
    {
        null => null,
        DateTimeKind.Local => new DateTimeOffset(time.Value.ToUniversalTime()),
        _ => new DateTimeOffset(DateTime.SpecifyKind(time.Value, DateTimeKind.Utc)),
    };
}
