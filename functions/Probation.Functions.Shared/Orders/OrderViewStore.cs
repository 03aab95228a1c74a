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

    /// <summary>
    /// Writes the view with its new timeline entries in one transaction (leading transactions first for a timeline of
    /// more than 99 new entries), unless the stored view is this revision or later: publications of one order come one
    /// at a time, each after the one before it succeeded, so a stored later revision means these entries went in too.
    /// </summary>
    public async Task PublishAsync(OrderViewPublication publication, CancellationToken cancellationToken)
    {
        var orderId = publication.View.OrderId.Value;
        var chunks = publication.NewTimeline.Chunk(TableLimits.MaxTransactionActions - 1).ToList();
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

            try
            {
                foreach (var leading in chunks.SkipLast(1))
                {
                    await _table.SubmitTransactionAsync(TimelineActions(orderId, leading), cancellationToken).ConfigureAwait(false);
                }

                List<TableTransactionAction> last = [.. TimelineActions(orderId, chunks.LastOrDefault() ?? []), ViewAction(publication.View, stored)];
                await _table.SubmitTransactionAsync(last, cancellationToken).ConfigureAwait(false);
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

    private static IEnumerable<TableTransactionAction> TimelineActions(string orderId, IEnumerable<TimelineEntry> entries) =>
        entries.Select(entry =>
        {
            var row = new TableEntity(orderId, TimelineRow(entry.Sequence));
            LargeText.Write(row, "Entry", JsonSerializer.Serialize(entry, OrderJson.Options));
            return new TableTransactionAction(TableTransactionActionType.UpsertReplace, row);
        });

    /// <summary>The view's row: added when none is stored, else replaced on condition that it is still the one read.</summary>
    private static TableTransactionAction ViewAction(OrderView view, TableEntity? stored)
    {
        var entity = new TableEntity(view.OrderId.Value, ViewRow)
        {
            ["Revision"] = view.Revision,
            [OffenderManagerColumn] = view.Allocation?.OffenderManagerId.Value,
            [TeamColumn] = view.Allocation?.TeamId.Value,
        };
        LargeText.Write(entity, "View", JsonSerializer.Serialize(view, OrderJson.Options));
        return stored is null
            ? new TableTransactionAction(TableTransactionActionType.Add, entity)
            : new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, stored.ETag);
    }

    private static Allocation? StoredAllocation(TableEntity row) =>
        row.GetString(OffenderManagerColumn) is { } staffId && row.GetString(TeamColumn) is { } teamId
            ? new Allocation(new StaffId(staffId), new TeamId(teamId))
            : null;

    private static OrderView ReadView(TableEntity row) =>
        JsonSerializer.Deserialize<OrderView>(LargeText.Read(row, "View")!, OrderJson.Options)!;

    private static string TimelineRow(int sequence) => "t|" + sequence.ToString("D8", CultureInfo.InvariantCulture);
}
