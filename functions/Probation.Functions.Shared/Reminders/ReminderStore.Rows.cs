using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Probation.Functions.Storage;
using Probation.Orders.Activities;
using Probation.Orders.Validation;

namespace Probation.Functions.Reminders;

/// <summary>Row-level writes of <see cref="ReminderStore"/>: insert once, move a state forward, read a row back.</summary>
internal sealed partial class ReminderStore
{
    /// <summary>
    /// Read (unless the caller read the row already: <paramref name="known"/>), then write only if the row is behind,
    /// conditional on what was read: racing writers converge on the later state. A move to the last state writes without
    /// reading first, and falls back to this only for a row that is missing.
    /// </summary>
    private static async Task<ReminderState> AdvanceRowAsync(
        TableClient table, string partitionKey, string rowKey, Reminder reminder, ReminderState target, TableEntity? known, CancellationToken cancellationToken)
    {
        if (target == LastState && known is null && await TryResolveUnreadAsync(table, partitionKey, rowKey, cancellationToken).ConfigureAwait(false))
        {
            return LastState;
        }

        for (var attempt = 1; ; attempt++)
        {
            var row = attempt == 1 && known is not null
                ? known
                : await table.FindAsync(partitionKey, rowKey, ["State"], cancellationToken).ConfigureAwait(false);
            try
            {
                if (row is null)
                {
                    // A list row that an interrupted StoreAsync never wrote: written now, whole.
                    await table.AddEntityAsync(Entity(partitionKey, rowKey, reminder, target), cancellationToken).ConfigureAwait(false);
                    return target;
                }

                if (StateOf(row) is var current && current >= target)
                {
                    return current;
                }

                var change = new TableEntity(partitionKey, rowKey) { ["State"] = target.ToString() };
                await table.UpdateEntityAsync(change, row.ETag, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
                return target;
            }
            catch (RequestFailedException raced) when (attempt < MaxWriteAttempts && TableRace.IsLost(raced))
            {
            }
        }
    }

    /// <summary>
    /// Moves a row that is there to the last state without reading it first, a request fewer: no writer can move it back,
    /// since every other write is an insert, which fails on a row that is there, or an update on condition of the row it
    /// read. False when the row is missing, for the caller's read-then-write to add it.
    /// </summary>
    private static async Task<bool> TryResolveUnreadAsync(TableClient table, string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        try
        {
            var change = new TableEntity(partitionKey, rowKey) { ["State"] = LastState.ToString() };
            await table.UpdateEntityAsync(change, ETag.All, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException missing) when (missing.Status == StatusCodes.Status404NotFound)
        {
            return false;
        }
    }

    /// <summary>
    /// Inserts rows of one partition in transactions of up to 100; a transaction that finds a row there already (an
    /// activity run again) falls back to row by row, each inserted or read. Returns each row's state, in order.
    /// </summary>
    private static async Task<IReadOnlyList<ReminderState>> InsertAllAsync(TableClient table, IReadOnlyList<ReminderRow> rows, CancellationToken cancellationToken)
    {
        var states = new List<ReminderState>(rows.Count);
        foreach (var chunk in rows.Chunk(TableLimits.MaxTransactionActions))
        {
            try
            {
                List<TableTransactionAction> inserts = [.. chunk.Select(row => new TableTransactionAction(
                    TableTransactionActionType.Add, Entity(row.PartitionKey, row.RowKey, row.Reminder, row.State)))];
                await table.SubmitTransactionAsync(inserts, cancellationToken).ConfigureAwait(false);
                states.AddRange(chunk.Select(row => row.State));
            }
            catch (TableTransactionFailedException exists) when (exists.Status == StatusCodes.Status409Conflict)
            {
                foreach (var row in chunk)
                {
                    states.Add(await InsertOrReadAsync(table, row.PartitionKey, row.RowKey, row.Reminder, row.State, cancellationToken).ConfigureAwait(false));
                }
            }
        }

        return states;
    }

    private static async Task<ReminderState> InsertOrReadAsync(
        TableClient table, string partitionKey, string rowKey, Reminder reminder, ReminderState state, CancellationToken cancellationToken)
    {
        try
        {
            await table.AddEntityAsync(Entity(partitionKey, rowKey, reminder, state), cancellationToken).ConfigureAwait(false);
            return state;
        }
        catch (RequestFailedException exists) when (exists.Status == StatusCodes.Status409Conflict)
        {
            var stored = await table.FindAsync(partitionKey, rowKey, ["State"], cancellationToken).ConfigureAwait(false);
            return stored is null ? state : StateOf(stored);
        }
    }

    private static TableEntity Entity(string partitionKey, string rowKey, Reminder reminder, ReminderState state)
    {
        var entity = new TableEntity(partitionKey, rowKey) { ["State"] = state.ToString() };
        LargeText.Write(entity, "Reminder", JsonSerializer.Serialize(reminder, OrderJson.Options));
        return entity;
    }

    private static Reminder ReminderOf(TableEntity row) =>
        JsonSerializer.Deserialize<Reminder>(LargeText.Read(row, "Reminder")!, OrderJson.Options)!;

    private static ReminderState StateOf(TableEntity row) =>
        Enum.TryParse<ReminderState>(row.GetString("State"), out var state) ? state : throw new FormatException("A reminder row has no valid State.");

    private static string ListRow(Reminder reminder) => Iso(reminder.DueDate) + "|" + reminder.ReminderId;

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
