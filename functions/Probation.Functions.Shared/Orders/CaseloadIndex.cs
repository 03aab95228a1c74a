using Azure;
using Azure.Data.Tables;
using Probation.Functions.Hosting;
using Probation.Orders.Identifiers;
using Probation.Orders.Lifecycle;

namespace Probation.Functions.Orders;

/// <summary>
/// Which orders each offender manager and each team holds (table <c>{hub}Caseloads</c>: partition <c>staff|{staffId}</c>
/// or <c>team|{teamId}</c>, one row per order), kept by <see cref="OrderViewStore"/> as it publishes a view whose
/// allocation changed, so a caseload is one partition read rather than a scan of every order.
/// </summary>
/// <remarks>
/// The new holder's rows are written before the view and the old holder's removed after it: a publication cut short
/// leaves at most a row too many, never one missing. Readers check each order's view for its current allocation.
/// </remarks>
internal sealed class CaseloadIndex(TableServiceClient storage, AppTables tables) : IStorageInitializer
{
    private readonly TableClient _table = storage.GetTableClient(tables.Caseloads);

    public Task InitializeAsync(CancellationToken cancellationToken) => _table.CreateIfNotExistsAsync(cancellationToken);

    public async Task AddAsync(OrderId orderId, Allocation allocation, CancellationToken cancellationToken)
    {
        foreach (var partition in Partitions(allocation))
        {
            await _table.UpsertEntityAsync(new TableEntity(partition, orderId.Value), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Removes the order from <paramref name="allocation"/>'s lists, but not from those it is in under <paramref name="keep"/>.</summary>
    public async Task RemoveAsync(OrderId orderId, Allocation allocation, Allocation? keep, CancellationToken cancellationToken)
    {
        foreach (var partition in Partitions(allocation).Except(keep is null ? [] : Partitions(keep), StringComparer.Ordinal))
        {
            await _table.DeleteEntityAsync(partition, orderId.Value, ETag.All, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The ids of the orders indexed under the offender manager <paramref name="staffId"/>.</summary>
    public Task<IReadOnlyList<OrderId>> ForStaffAsync(StaffId staffId, CancellationToken cancellationToken) =>
        ListAsync(StaffPartition(staffId), cancellationToken);

    /// <summary>The ids of the orders indexed under the team <paramref name="teamId"/>.</summary>
    public Task<IReadOnlyList<OrderId>> ForTeamAsync(TeamId teamId, CancellationToken cancellationToken) =>
        ListAsync(TeamPartition(teamId), cancellationToken);

    private async Task<IReadOnlyList<OrderId>> ListAsync(string partition, CancellationToken cancellationToken)
    {
        var rows = _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), select: ["RowKey"], cancellationToken: cancellationToken);
        return await rows.Select(row => new OrderId(row.RowKey)).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string[] Partitions(Allocation allocation) => [StaffPartition(allocation.OffenderManagerId), TeamPartition(allocation.TeamId)];

    private static string StaffPartition(StaffId staffId) => "staff|" + staffId.Value;

    private static string TeamPartition(TeamId teamId) => "team|" + teamId.Value;
}
