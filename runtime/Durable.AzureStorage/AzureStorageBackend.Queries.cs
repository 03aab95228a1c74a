using AzureStorage.Client.Tables;
using Durable.AzureStorage.Rows;
using Durable.Backend;
using Durable.Client;

namespace Durable.AzureStorage;

public sealed partial class AzureStorageBackend
{
    /// <inheritdoc />
    /// <remarks>Reads every partition and merges them, so a page is in instance-id order across the hub.</remarks>
    public async Task<OrchestrationQueryResult<OrchestrationState>> QueryInstancesAsync(
        OrchestrationQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();
        var after = ContinuationToken.Decode(query.ContinuationToken);
        var select = query.FetchInputsAndOutputs ? null : InstanceRow.WithoutPayloads;
        var perPartition = await Task.WhenAll(_hub.Map.Keys.Select(partitionKey =>
            ReadInstancesAsync(new TableQuery(InstanceFilter(partitionKey, query, after), select), query.PageSize + 1, cancellationToken))).ConfigureAwait(false);
        var merged = perPartition.SelectMany(rows => rows).OrderBy(row => row.RowKey, StringComparer.Ordinal).ToList();
        var page = merged.Take(query.PageSize).ToList();
        var token = merged.Count > query.PageSize ? ContinuationToken.Encode(page[^1].RowKey[RowKeys.InstancePrefix.Length..]) : null;
        return new OrchestrationQueryResult<OrchestrationState>([.. page.Select(row => InstanceRow.FromEntity(row).State)], token);
    }

    /// <inheritdoc />
    public async Task<int> PurgeInstancesAsync(PurgeInstancesFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var statuses = PurgeStatuses.Resolve(filter.Statuses);
        var query = new OrchestrationQuery(statuses.ToList(), filter.CreatedFrom, filter.CreatedTo, PageSize: OrchestrationQuery.MaxPageSize);
        var purged = 0;
        do
        {
            var page = await QueryInstancesAsync(query, cancellationToken).ConfigureAwait(false);
            foreach (var instance in page.Instances)
            {
                if (await PurgeInstanceAsync(instance.InstanceId, cancellationToken).ConfigureAwait(false) == PurgeOutcome.Purged)
                {
                    purged++;
                }
            }

            query = query with { ContinuationToken = page.ContinuationToken };
        }
        while (query.ContinuationToken is not null);

        return purged;
    }

    private async Task<List<TableEntity>> ReadInstancesAsync(TableQuery query, int limit, CancellationToken cancellationToken)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in _hub.Table.QueryAllAsync(query with { Top = Math.Min(limit, 1000) }, cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
            if (rows.Count >= limit)
            {
                break;
            }
        }

        return rows;
    }

    private static string InstanceFilter(string partitionKey, OrchestrationQuery query, string? afterEscapedId)
    {
        var prefix = RowKeys.InstancePrefix + RowKeys.Escape(query.InstanceIdPrefix ?? string.Empty);
        var end = query.InstanceIdPrefix is { Length: > 0 } ? RowKeys.After(prefix) : RowKeys.After(RowKeys.InstancePrefix);
        var filter = RowKeys.Between(partitionKey, prefix, end);
        if (afterEscapedId is not null)
        {
            filter += $" and RowKey gt {TableFilter.Literal(RowKeys.InstancePrefix + afterEscapedId)}";
        }

        if (query.Statuses is { Count: > 0 } statuses)
        {
            filter += " and (" + string.Join(" or ", statuses.Select(s => $"RuntimeStatus eq '{s}'")) + ")";
        }

        if (query.CreatedFrom is { } from)
        {
            filter += $" and CreatedTime ge {TableFilter.Literal(new DateTimeOffset(DateTime.SpecifyKind(from, DateTimeKind.Utc)))}";
        }

        if (query.CreatedTo is { } to)
        {
            filter += $" and CreatedTime le {TableFilter.Literal(new DateTimeOffset(DateTime.SpecifyKind(to, DateTimeKind.Utc)))}";
        }

        return filter;
    }
}
