using Azure.Data.Tables;
using Probation.Functions.Hosting;
using Probation.Functions.Storage;
using Probation.Orders.Activities;
using Probation.Orders.Identifiers;

namespace Probation.Functions.Reminders;

/// <summary>
/// The reminders, in two tables. <c>{hub}Reminders</c>, one partition per order: each reminder's row of record
/// (<c>reminder|{reminderId}</c>), its membership of its duty (<c>duty|{dutyId}|{reminderId}</c>) and a mark on each
/// closed duty (<c>closed|{dutyId}</c>), so that a step's reminders go in with one transaction and resolving needs no
/// scan. <c>{hub}ReminderRecipients</c>: a copy in each recipient's list (partition <c>staff|{staffId}</c> or
/// <c>team|{teamId}</c>, row <c>{dueDate}|{reminderId}</c>), so a staff or team query reads one partition, already in
/// due-date order, with <c>from</c>/<c>to</c> as a row-key range. Writes are keyed by the inputs' ids and states only
/// move forward, so an activity that runs twice changes nothing the second time.
/// </summary>
internal sealed partial class ReminderStore(TableServiceClient storage, AppTables tables) : IStorageInitializer
{
    private const string RecordPrefix = "reminder|";
    private const string MemberPrefix = "duty|";
    private const string ClosedPrefix = "closed|";
    private const int MaxWriteAttempts = 8;

    // Nothing comes after it: a row is moved to it without being read (TryResolveUnreadAsync).
    private const ReminderState LastState = ReminderState.Resolved;

    private readonly TableClient _reminders = storage.GetTableClient(tables.Reminders);
    private readonly TableClient _byRecipient = storage.GetTableClient(tables.ReminderRecipients);

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await _reminders.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        await _byRecipient.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Stores one order's reminders, Open, as records and in their recipients' lists, except those stored before, and
    /// resolves at once those whose duty has closed meanwhile. Returns each one's state, in the order given.
    /// </summary>
    public async Task<IReadOnlyList<ReminderState>> StoreAsync(OrderId orderId, IReadOnlyList<Reminder> reminders, CancellationToken cancellationToken)
    {
        var states = await InsertRecordsAsync(orderId.Value, reminders, cancellationToken).ConfigureAwait(false);
        var rows = reminders.Zip(states).SelectMany(pair => ReminderRouting.RecipientsOf(pair.First)
            .Select(recipient => new ReminderRow(recipient.PartitionKey, ListRow(pair.First), pair.First, pair.Second)));
        foreach (var partition in rows.GroupBy(row => row.PartitionKey, StringComparer.Ordinal))
        {
            await InsertAllAsync(_byRecipient, [.. partition], cancellationToken).ConfigureAwait(false);
        }

        // The orchestration may send a reminder and close its duty in one step, storing and resolving at once. The
        // member rows go in before the closed marks are read, and ResolveDutiesAsync marks before it lists the members:
        // whichever runs second sees the other's write, so the reminder ends up resolved either way.
        var closed = await ClosedDutiesAsync(orderId.Value, cancellationToken).ConfigureAwait(false);
        var result = new ReminderState[reminders.Count];
        for (var i = 0; i < reminders.Count; i++)
        {
            result[i] = closed.Contains(reminders[i].DutyId)
                ? await AdvanceAsync(reminders[i], ReminderState.Resolved, record: null, cancellationToken).ConfigureAwait(false)
                : states[i];
        }

        return result;
    }

    /// <summary>Marks the duties closed and resolves every reminder they have. Returns how many reminders it resolved.</summary>
    public async Task<int> ResolveDutiesAsync(OrderId orderId, IReadOnlyCollection<string> dutyIds, CancellationToken cancellationToken)
    {
        var closed = dutyIds.ToHashSet(StringComparer.Ordinal);
        foreach (var chunk in closed.Chunk(TableLimits.MaxTransactionActions))
        {
            List<TableTransactionAction> marks = [.. chunk.Select(dutyId => new TableTransactionAction(
                TableTransactionActionType.UpsertReplace, new TableEntity(orderId.Value, ClosedPrefix + dutyId)))];
            await _reminders.SubmitTransactionAsync(marks, cancellationToken).ConfigureAwait(false);
        }

        var resolved = 0;
        foreach (var dutyId in closed)
        {
            // Each duty's members are one row-key range ("|" sorts just before "}"), so this reads only its reminders.
            var members = _reminders.QueryAsync<TableEntity>(
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
        // A reminder id starts with its order's id, which has no ':' (OrderId.Pattern).
        var orderEnd = reminderId.IndexOf(':', StringComparison.Ordinal);
        var record = orderEnd > 0
            ? await _reminders.FindAsync(reminderId[..orderEnd], RecordPrefix + reminderId, select: null, cancellationToken).ConfigureAwait(false)
            : null;
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

    /// <summary>The records and duty memberships of one order's reminders, in one transaction when none was stored before.</summary>
    private async Task<IReadOnlyList<ReminderState>> InsertRecordsAsync(string orderId, IReadOnlyList<Reminder> reminders, CancellationToken cancellationToken)
    {
        var records = reminders.Select(r => new ReminderRow(orderId, RecordPrefix + r.ReminderId, r, ReminderState.Open)).ToList();
        var states = await InsertAllAsync(_reminders, records, cancellationToken).ConfigureAwait(false);
        foreach (var chunk in reminders.Chunk(TableLimits.MaxTransactionActions))
        {
            List<TableTransactionAction> members = [.. chunk.Select(r => new TableTransactionAction(
                TableTransactionActionType.UpsertReplace,
                new TableEntity(orderId, MemberPrefix + r.DutyId + "|" + r.ReminderId) { ["ReminderId"] = r.ReminderId }))];
            await _reminders.SubmitTransactionAsync(members, cancellationToken).ConfigureAwait(false);
        }

        return states;
    }

    private async Task<HashSet<string>> ClosedDutiesAsync(string orderId, CancellationToken cancellationToken)
    {
        var marks = _reminders.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {orderId} and RowKey gt {ClosedPrefix} and RowKey lt {ClosedPrefix[..^1] + "}"}"),
            select: ["RowKey"],
            cancellationToken: cancellationToken);
        return await marks.Select(mark => mark.RowKey[ClosedPrefix.Length..]).ToHashSetAsync(StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Moves the list rows, then the record (read already as <paramref name="record"/>, when the caller has it).</summary>
    private async Task<ReminderState> AdvanceAsync(Reminder reminder, ReminderState target, TableEntity? record, CancellationToken cancellationToken)
    {
        foreach (var recipient in ReminderRouting.RecipientsOf(reminder))
        {
            await AdvanceRowAsync(_byRecipient, recipient.PartitionKey, ListRow(reminder), reminder, target, known: null, cancellationToken).ConfigureAwait(false);
        }

        return await AdvanceRowAsync(_reminders, reminder.OrderId.Value, RecordPrefix + reminder.ReminderId, reminder, target, record, cancellationToken).ConfigureAwait(false);
    }
}
