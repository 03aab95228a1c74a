using Azure.Data.Tables;
using Probation.Functions.Hosting;
using Probation.Functions.Storage;
using Probation.Orders.Activities;
using Probation.Orders.Identifiers;

namespace Probation.Functions.Reminders;

/// <summary>
/// The reminders, in three tables. <c>{hub}Reminders</c>: each reminder once, by reminderId, the row of record.
/// <c>{hub}ReminderRecipients</c>: a copy in each recipient's list (partition <c>staff|{staffId}</c> or <c>team|{teamId}</c>,
/// row <c>{dueDate}|{reminderId}</c>), so a staff or team query reads one partition, already in due-date order, with
/// <c>from</c>/<c>to</c> as a row-key range. <c>{hub}ReminderDuties</c>: per order, the reminders of each duty and a mark
/// on each closed duty, so resolving needs no scan. Writes are keyed by the inputs' ids and states only move forward,
/// so an activity that runs twice changes nothing the second time.
/// </summary>
internal sealed partial class ReminderStore(TableServiceClient storage, AppTables tables) : IStorageInitializer
{
    private const string RecordRow = "reminder";
    private const string MemberPrefix = "reminder|";
    private const string ClosedPrefix = "closed|";
    private const int MaxWriteAttempts = 8;

    private readonly TableClient _reminders = storage.GetTableClient(tables.Reminders);
    private readonly TableClient _byRecipient = storage.GetTableClient(tables.ReminderRecipients);
    private readonly TableClient _byDuty = storage.GetTableClient(tables.ReminderDuties);

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await _reminders.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        await _byRecipient.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        await _byDuty.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Stores a reminder, Open, as a record and in its recipients' lists, unless stored before, and resolves it at once
    /// when its duty has closed meanwhile. Returns its state.
    /// </summary>
    public async Task<ReminderState> StoreAsync(Reminder reminder, CancellationToken cancellationToken)
    {
        var state = await InsertOrReadAsync(_reminders, reminder.ReminderId, RecordRow, reminder, ReminderState.Open, cancellationToken).ConfigureAwait(false);
        foreach (var recipient in ReminderRouting.RecipientsOf(reminder))
        {
            await InsertOrReadAsync(_byRecipient, recipient.PartitionKey, ListRow(reminder), reminder, state, cancellationToken).ConfigureAwait(false);
        }

        var orderId = reminder.OrderId.Value;
        var member = new TableEntity(orderId, MemberPrefix + reminder.DutyId + "|" + reminder.ReminderId)
        {
            ["DutyId"] = reminder.DutyId,
            ["ReminderId"] = reminder.ReminderId,
        };
        await _byDuty.UpsertEntityAsync(member, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);

        // The orchestration may send a reminder and close its duty in one step, calling both activities at once. The
        // member row goes in before the closed mark is looked for, and ResolveDutiesAsync marks before it lists the
        // members: whichever runs second sees the other's write, so the reminder ends up resolved either way.
        var closed = await _byDuty.FindAsync(orderId, ClosedPrefix + reminder.DutyId, select: null, cancellationToken).ConfigureAwait(false);
        return closed is null ? state : await AdvanceAsync(reminder, ReminderState.Resolved, record: null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Marks the duties closed and resolves every reminder they have. Returns how many reminders it resolved.</summary>
    public async Task<int> ResolveDutiesAsync(OrderId orderId, IReadOnlyCollection<string> dutyIds, CancellationToken cancellationToken)
    {
        var closed = dutyIds.ToHashSet(StringComparer.Ordinal);
        foreach (var chunk in closed.Chunk(TableLimits.MaxTransactionActions))
        {
            List<TableTransactionAction> marks = [.. chunk.Select(dutyId => new TableTransactionAction(
                TableTransactionActionType.UpsertReplace, new TableEntity(orderId.Value, ClosedPrefix + dutyId) { ["DutyId"] = dutyId }))];
            await _byDuty.SubmitTransactionAsync(marks, cancellationToken).ConfigureAwait(false);
        }

        var resolved = 0;
        foreach (var dutyId in closed)
        {
            // Each duty's members are one row-key range ("|" sorts just before "}"), so this reads only its reminders.
            var members = _byDuty.QueryAsync<TableEntity>(
                TableClient.CreateQueryFilter($"PartitionKey eq {orderId.Value} and RowKey gt {MemberPrefix + dutyId + "|"} and RowKey lt {MemberPrefix + dutyId + "}"}"),
                select: ["ReminderId"],
                cancellationToken: cancellationToken);
            await foreach (var member in members.ConfigureAwait(false))
            {
                resolved += await AdvanceAsync(member.GetString("ReminderId")!, ReminderState.Resolved, cancellationToken).ConfigureAwait(false) is null ? 0 : 1;
            }
        }

        return resolved;
    }

    /// <summary>
    /// Moves a reminder forward to <paramref name="target"/> (never back). Returns its state afterwards, which is later
    /// than the target when it had already moved further; null for an unknown reminder.
    /// </summary>
    public async Task<ReminderState?> AdvanceAsync(string reminderId, ReminderState target, CancellationToken cancellationToken)
    {
        var record = await _reminders.FindAsync(reminderId, RecordRow, select: null, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return null;
        }

        // The record changes last (below), so a record at or past the target means every list row is too.
        var state = StateOf(record);
        return state >= target ? state : await AdvanceAsync(ReminderOf(record), target, record, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The recipient's reminders that pass the filter, soonest due first.</summary>
    public async Task<IReadOnlyList<ReminderItem>> ListAsync(ReminderRecipient recipient, ReminderFilter filter, CancellationToken cancellationToken)
    {
        var conditions = new List<string> { TableClient.CreateQueryFilter($"PartitionKey eq {recipient.PartitionKey}") };
        if (filter.From is { } from)
        {
            conditions.Add(TableClient.CreateQueryFilter($"RowKey ge {Iso(from)}"));
        }

        if (filter.To is { } to && to < DateOnly.MaxValue)
        {
            // Rows are "{dueDate}|{reminderId}": every row of the last day sorts before the next day's date alone.
            conditions.Add(TableClient.CreateQueryFilter($"RowKey lt {Iso(to.AddDays(1))}"));
        }

        if (filter.OpenOnly)
        {
            conditions.Add(TableClient.CreateQueryFilter($"State eq {nameof(ReminderState.Open)}"));
        }

        return await _byRecipient.QueryAsync<TableEntity>(string.Join(" and ", conditions), cancellationToken: cancellationToken)
            .Select(row => ReminderItem.From(ReminderOf(row), StateOf(row)))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Moves the list rows, then the record (read already as <paramref name="record"/>, when the caller has it).</summary>
    private async Task<ReminderState> AdvanceAsync(Reminder reminder, ReminderState target, TableEntity? record, CancellationToken cancellationToken)
    {
        foreach (var recipient in ReminderRouting.RecipientsOf(reminder))
        {
            await AdvanceRowAsync(_byRecipient, recipient.PartitionKey, ListRow(reminder), reminder, target, known: null, cancellationToken).ConfigureAwait(false);
        }

        return await AdvanceRowAsync(_reminders, reminder.ReminderId, RecordRow, reminder, target, record, cancellationToken).ConfigureAwait(false);
    }
}
