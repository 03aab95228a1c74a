using Durable;
using Durable.Client;

namespace Probation.Functions.Integrators;

/// <summary>The query string of <c>GET instances</c>, checked: every problem is reported.</summary>
internal sealed record InstanceListQuery(string[]? RuntimeStatus, DateTime? CreatedTimeFrom, DateTime? CreatedTimeTo, string? InstanceIdPrefix, int? Top, bool? ShowInput)
{
    public OrchestrationQuery? ToQuery(string? continuationToken, out List<string> problems)
    {
        problems = [];
        var statuses = new List<OrchestrationRuntimeStatus>();
        foreach (var name in (RuntimeStatus ?? []).SelectMany(s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (Enum.TryParse<OrchestrationRuntimeStatus>(name, ignoreCase: true, out var status) && !int.TryParse(name, out _))
            {
                statuses.Add(status);
            }
            else
            {
                problems.Add($"runtimeStatus '{name}' is not one of {string.Join(", ", Enum.GetNames<OrchestrationRuntimeStatus>())}.");
            }
        }

        if (Top is < 1 or > OrchestrationQuery.MaxPageSize)
        {
            problems.Add($"top must be between 1 and {OrchestrationQuery.MaxPageSize}.");
        }

        if (CreatedTimeFrom > CreatedTimeTo)
        {
            problems.Add("createdTimeFrom is after createdTimeTo.");
        }

        return problems.Count > 0
            ? null
            : new OrchestrationQuery(statuses, Utc(CreatedTimeFrom), Utc(CreatedTimeTo), InstanceIdPrefix, Top ?? 100, continuationToken, ShowInput ?? true);
    }

    private static DateTime? Utc(DateTime? time) => time?.Kind switch
    {
        DateTimeKind.Local => time.Value.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(time.Value, DateTimeKind.Utc),
        _ => time,
    };
}
