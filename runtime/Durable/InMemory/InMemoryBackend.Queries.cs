using Durable.Backend;
using Durable.Client;

namespace Durable.InMemory;

public sealed partial class InMemoryBackend
{
    /// <inheritdoc />
    public Task<OrchestrationQueryResult<OrchestrationState>> QueryInstancesAsync(
        OrchestrationQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();
        var after = ContinuationToken.Decode(query.ContinuationToken);
        List<OrchestrationState> matches;
        lock (_gate)
        {
            matches = [.. _instances.Values.Select(r => r.State).Where(s => Matches(s, query, after))];
        }

        matches.Sort((a, b) => string.CompareOrdinal(a.InstanceId, b.InstanceId));
        var page = matches.Take(query.PageSize).Select(s => query.FetchInputsAndOutputs ? s : WithoutPayloads(s)).ToList();
        var token = matches.Count > query.PageSize ? ContinuationToken.Encode(page[^1].InstanceId) : null;
        return Task.FromResult(new OrchestrationQueryResult<OrchestrationState>(page, token));
    }

    /// <inheritdoc />
    public Task<PurgeOutcome> PurgeInstanceAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (!_instances.TryGetValue(instanceId, out var record))
            {
                return Task.FromResult(PurgeOutcome.NotFound);
            }

            if (!record.State.Status.IsTerminal())
            {
                return Task.FromResult(PurgeOutcome.NotEnded);
            }

            Remove(record);
            return Task.FromResult(PurgeOutcome.Purged);
        }
    }

    /// <inheritdoc />
    public Task<int> PurgeInstancesAsync(PurgeInstancesFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var statuses = PurgeStatuses.Resolve(filter.Statuses);
        lock (_gate)
        {
            var doomed = _instances.Values
                .Where(r => statuses.Contains(r.State.Status)
                    && r.State.CreatedAt >= filter.CreatedFrom
                    && (filter.CreatedTo is null || r.State.CreatedAt <= filter.CreatedTo))
                .ToList();
            doomed.ForEach(Remove);
            return Task.FromResult(doomed.Count);
        }
    }

    private static bool Matches(OrchestrationState state, OrchestrationQuery query, string? after) =>
        (after is null || string.CompareOrdinal(state.InstanceId, after) > 0)
        && (query.Statuses is not { Count: > 0 } statuses || statuses.Contains(state.Status))
        && (query.CreatedFrom is not { } from || state.CreatedAt >= from)
        && (query.CreatedTo is not { } to || state.CreatedAt <= to)
        && (query.InstanceIdPrefix is not { } prefix || state.InstanceId.StartsWith(prefix, StringComparison.Ordinal));

    private void Remove(InstanceRecord record)
    {
        record.Removed = true;
        _instances.Remove(record.State.InstanceId);
    }
}
