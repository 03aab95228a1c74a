using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Probation.Functions.Hosting;
using Probation.Orders.Clock;

namespace Probation.Functions.Clock;

/// <summary>
/// Keeps the virtual clock's offset in one row, so a restarted host (or a second one) goes on from where time travel
/// left it, and never behind <c>Clock:Start</c>. Nothing is stored in <c>System</c> mode.
/// </summary>
internal sealed class BusinessClockStore(TableServiceClient tables, AppTables names, BusinessClock clock, IOptions<ClockOptions> options, TimeProvider system)
    : IStorageInitializer
{
    private const string PartitionKey = "clock";
    private const string RowKey = "business";

    private TableClient Table => tables.GetTableClient(names.BusinessClock);

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (!clock.IsVirtual)
        {
            return;
        }

        await Table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        var stored = await Table.GetEntityIfExistsAsync<TableEntity>(PartitionKey, RowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (stored.HasValue && stored.Value is { } row)
        {
            clock.Set(new OrderClock(TimeSpan.FromTicks(row.GetInt64("OffsetTicks") ?? 0), row.GetString("Mark")));
        }

        clock.Set(new OrderClock(clock.OffsetFor(options.Value.Start ?? system.GetUtcNow())));
        await SaveAsync(clock.Current, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Moves the clock to <paramref name="target"/> and stores it; returns the move every order must apply.</summary>
    public async Task<ClockMoved> MoveToAsync(DateTimeOffset target, string mark, CancellationToken cancellationToken)
    {
        var moved = new ClockMoved(clock.OffsetFor(target), mark);
        clock.Set(clock.Current.Apply(moved));
        await SaveAsync(clock.Current, cancellationToken).ConfigureAwait(false);
        return moved with { Offset = clock.Current.Offset };
    }

    private Task<Response> SaveAsync(OrderClock current, CancellationToken cancellationToken) =>
        Table.UpsertEntityAsync(
            new TableEntity(PartitionKey, RowKey) { ["OffsetTicks"] = current.Offset.Ticks, ["Mark"] = current.Mark },
            TableUpdateMode.Replace,
            cancellationToken);
}
