using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Probation.Functions.Hosting;
using Probation.Functions.Storage;
using Probation.Orders.Activities;
using Probation.Orders.Identifiers;
using Probation.Orders.Lifecycle;
using Probation.Orders.Validation;
using Probation.Orders.Views;

namespace Probation.Functions.Orders;

/// <summary>
/// The orders as staff see them (table <c>{hub}OrderViews</c>, one partition per order): the latest view, replaced only by a
/// later revision, and the timeline, one row per entry, appended by sequence. Publishing is idempotent, as activities
/// run at least once. A view whose allocation changed moves the order in the <see cref="CaseloadIndex"/>.
/// </summary>
internal sealed class OrderViewStore(TableServiceClient storage, AppTables tables, CaseloadIndex caseloads) : IStorageInitializer
{
    private const string ViewRow = "view";
    private const int MaxPublishAttempts = 5;

    // The allocation a view row was written with, as columns, so a publication sees a change without reading the view.
    private const string OffenderManagerColumn = "OffenderManagerId";
    private const string TeamColumn = "TeamId";

    private readonly TableClient _table = storage.GetTableClient(tables.OrderViews);

    public Task InitializeAsync(CancellationToken cancellationToken) => _table.CreateIfNotExistsAsync(cancellationToken);

    public async Task PublishAsync(OrderViewPublication publication, CancellationToken cancellationToken)
    {
        var orderId = publication.View.OrderId.Value;
        foreach (var chunk in publication.NewTimeline.Chunk(TableLimits.MaxTransactionActions))
        {
            List<TableTransactionAction> transaction = [.. chunk.Select(entry =>
            {
                var row = new TableEntity(orderId, TimelineRow(entry.Sequence));
                LargeText.Write(row, "Entry", JsonSerializer.Serialize(entry, OrderJson.Options));
                return new TableTransactionAction(TableTransactionActionType.UpsertReplace, row);
            })];
            await _table.SubmitTransactionAsync(transaction, cancellationToken).ConfigureAwait(false);
        }

        for (var attempt = 1; ; attempt++)
        {
            var stored = await _table.FindAsync(orderId, ViewRow, ["Revision", OffenderManagerColumn, TeamColumn], cancellationToken).ConfigureAwait(false);
            if (stored?.GetInt32("Revision") >= publication.View.Revision)
            {
                return;
            }

            var before = stored is null ? null : StoredAllocation(stored);
            var after = publication.View.Allocation;
            var moved = (before?.OffenderManagerId, before?.TeamId) != (after?.OffenderManagerId, after?.TeamId);
            if (moved && after is not null)
            {
                await caseloads.AddAsync(publication.View.OrderId, after, cancellationToken).ConfigureAwait(false);
            }

            var entity = new TableEntity(orderId, ViewRow)
            {
                ["Revision"] = publication.View.Revision,
                [OffenderManagerColumn] = after?.OffenderManagerId.Value,
                [TeamColumn] = after?.TeamId.Value,
            };
            LargeText.Write(entity, "View", JsonSerializer.Serialize(publication.View, OrderJson.Options));
            try
            {
                if (stored is null)
                {
                    await _table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await _table.UpdateEntityAsync(entity, stored.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                }

                if (moved && before is not null)
                {
                    await caseloads.RemoveAsync(publication.View.OrderId, before, keep: after, cancellationToken).ConfigureAwait(false);
                }

                return;
            }
            catch (RequestFailedException raced) when (attempt < MaxPublishAttempts && TableRace.IsLost(raced))
            {
            }
        }
    }

    /// <summary>The latest view alone: one row, however long the timeline.</summary>
    public async Task<OrderView?> GetViewAsync(OrderId orderId, CancellationToken cancellationToken) =>
        await _table.FindAsync(orderId.Value, ViewRow, select: null, cancellationToken).ConfigureAwait(false) is { } row ? ReadView(row) : null;

    /// <summary>The latest view and the whole timeline.</summary>
    public async Task<OrderViewWithTimeline?> GetAsync(OrderId orderId, CancellationToken cancellationToken)
    {
        var rows = await _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {orderId.Value}"), cancellationToken: cancellationToken)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        if (rows.Find(r => r.RowKey == ViewRow) is not { } viewRow)
        {
            return null;
        }

        var timeline = rows.Where(r => r.RowKey != ViewRow)
            .Select(r => JsonSerializer.Deserialize<TimelineEntry>(LargeText.Read(r, "Entry")!, OrderJson.Options)!)
            .OrderBy(e => e.Sequence)
            .ToList();
        return new OrderViewWithTimeline(ReadView(viewRow), timeline);
    }

    /// <summary>Every order's latest view, for reports.</summary>
    public async IAsyncEnumerable<OrderView> AllViewsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var views = _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {ViewRow}"), cancellationToken: cancellationToken);
        await foreach (var row in views.ConfigureAwait(false))
        {
            yield return ReadView(row);
        }
    }

    private static Allocation? StoredAllocation(TableEntity row) =>
        row.GetString(OffenderManagerColumn) is { } staffId && row.GetString(TeamColumn) is { } teamId
            ? new Allocation(new StaffId(staffId), new TeamId(teamId))
            : null;

    private static OrderView ReadView(TableEntity row) =>
        JsonSerializer.Deserialize<OrderView>(LargeText.Read(row, "View")!, OrderJson.Options)!;

    private static string TimelineRow(int sequence) => "t|" + sequence.ToString("D8", CultureInfo.InvariantCulture);
}
