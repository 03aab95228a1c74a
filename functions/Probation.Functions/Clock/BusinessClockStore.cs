using System.Globalization;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Probation.Functions.Hosting;
using Probation.Functions.Storage;
using Probation.Orders.Clock;

namespace Probation.Functions.Clock;

/// <summary>
/// Keeps the virtual clock in one row, so a restarted host (or a second one) goes on from where time travel left it,
/// and never behind <c>Clock:Start</c>. The row also counts the moves: the count is the mark each order echoes once it
/// has applied a move, unique without a random id. Nothing is stored in <c>System</c> mode.
/// </summary>
internal sealed class BusinessClockStore(TableServiceClient tables, AppTables names, BusinessClock clock, IOptions<ClockOptions> options, TimeProvider system)
    : IStorageInitializer
{
    private const string PartitionKey = "clock";
    private const string RowKey = "business";
    private const string OffsetTicks = "OffsetTicks";
    private const string Mark = "Mark";
    private const string Moves = "Moves";

    private TableClient Table => tables.GetTableClient(names.BusinessClock);

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (!clock.IsVirtual)
        {
            return;
        }

        await Table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        var row = await Table.FindAsync(PartitionKey, RowKey, select: null, cancellationToken).ConfigureAwait(false);
        if (row is not null)
        {
            clock.Set(Read(row));
        }

        clock.Set(new OrderClock(clock.OffsetFor(options.Value.Start ?? system.GetUtcNow())));
        var current = clock.Current;
        var saved = row ?? new TableEntity(PartitionKey, RowKey);
        saved[OffsetTicks] = current.Offset.Ticks;
        saved[Mark] = current.Mark;
        await Table.UpsertEntityAsync(saved, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Moves the clock to <paramref name="target"/> (never backwards) and stores it under the next move number; returns
    /// the move every order must apply. A move stored by another host meanwhile makes this one read again.
    /// </summary>
    public async Task<ClockMoved> MoveToAsync(DateTimeOffset target, CancellationToken cancellationToken)
    {
        while (true)
        {
            var row = await Table.FindAsync(PartitionKey, RowKey, select: null, cancellationToken).ConfigureAwait(false)
                ?? new TableEntity(PartitionKey, RowKey);
            var move = (row.GetInt64(Moves) ?? 0) + 1;
            var applied = Read(row).Apply(new ClockMoved(clock.OffsetFor(target), move.ToString(CultureInfo.InvariantCulture)));
            row[OffsetTicks] = applied.Offset.Ticks;
            row[Mark] = applied.Mark;
            row[Moves] = move;
            try
            {
                await (row.ETag == default
                        ? Table.AddEntityAsync(row, cancellationToken)
                        : Table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken))
                    .ConfigureAwait(false);
            }
            catch (RequestFailedException lost) when (TableRace.IsLost(lost))
            {
                continue;
            }

            clock.Set(applied);
            return new ClockMoved(applied.Offset, applied.Mark!);
        }
    }

    private static OrderClock Read(TableEntity row) => new(TimeSpan.FromTicks(row.GetInt64(OffsetTicks) ?? 0), row.GetString(Mark));
}
