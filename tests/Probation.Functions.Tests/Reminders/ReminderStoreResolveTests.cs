using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Probation.Functions.Hosting;
using Probation.Functions.Storage;
using Probation.Orders.Activities;
using Probation.Orders.Rules;

namespace Probation.Functions.Reminders;

/// <summary>Resolving a duty's reminders on Azurite: the list rows are written without being read first, and come back whole if missing.</summary>
public sealed class ReminderStoreResolveTests : IAsyncLifetime
{
    private static readonly ReminderFilter All = new(OpenOnly: false, From: null, To: null);

    private readonly StorageRequestCounter _counter = new();
    private readonly AppTables _tables = new(Options.Create(new StorageOptions { TaskHub = "Resolve" + Guid.NewGuid().ToString("N")[..12] }));
    private readonly string _staffId = ReminderSamples.NewStaffId();
    private readonly string _teamId = ReminderSamples.NewTeamId();
    private readonly Reminder _reminder;
    private readonly TableServiceClient _storage;
    private readonly ReminderStore _store;

    public ReminderStoreResolveTests()
    {
        _reminder = ReminderSamples.Reminder(ReminderSamples.NewOrderId(), "T-FIRST:1", ReminderKind.Overdue, new DateOnly(2027, 1, 4), _staffId, _teamId);
        _storage = new TableServiceClient(FunctionAppFactory.ConnectionString, AppStorageClientOptions.ForTables(_counter));
        _store = new ReminderStore(_storage, _tables);
    }

    [Fact]
    public async Task ResolveDuties_OverdueReminderListedForStaffAndTeam_ReadsOnlyItsRecord()
    {
        // Arrange
        await _store.StoreAsync(_reminder.OrderId, [_reminder], CancellationToken.None);
        var requests = _counter.Count;

        // Act
        var resolved = await _store.ResolveDutiesAsync(_reminder.OrderId, ["T-FIRST:1"], CancellationToken.None);

        // Assert: the closed mark, the duty's members, the record read, two list rows and the record written.
        Assert.Equal(1, resolved);
        Assert.Equal(6, _counter.Count - requests);
        Assert.Equal(ReminderState.Resolved, await StateInListAsync(ReminderRecipient.Staff(_staffId)));
        Assert.Equal(ReminderState.Resolved, await StateInListAsync(ReminderRecipient.Team(_teamId)));
    }

    [Fact]
    public async Task ResolveDuties_ListRowMissing_WritesItWholeAndResolved()
    {
        // Arrange: a store cut short after the record, before the team's list row.
        await _store.StoreAsync(_reminder.OrderId, [_reminder], CancellationToken.None);
        var list = _storage.GetTableClient(_tables.ReminderRecipients);
        await list.DeleteEntityAsync(ReminderRecipient.Team(_teamId).PartitionKey, $"2027-01-04|{_reminder.ReminderId}");

        // Act
        await _store.ResolveDutiesAsync(_reminder.OrderId, ["T-FIRST:1"], CancellationToken.None);

        // Assert
        var item = Assert.Single(await _store.ListAsync(ReminderRecipient.Team(_teamId), All, CancellationToken.None));
        Assert.Equal(_reminder.ReminderId, item.ReminderId);
        Assert.Equal(ReminderState.Resolved, item.State);
    }

    [Fact]
    public async Task Acknowledge_AfterResolve_LeavesEveryRowResolved()
    {
        // Arrange
        await _store.StoreAsync(_reminder.OrderId, [_reminder], CancellationToken.None);
        await _store.ResolveDutiesAsync(_reminder.OrderId, ["T-FIRST:1"], CancellationToken.None);

        // Act
        var state = await _store.AdvanceAsync(_reminder.ReminderId, ReminderState.Acknowledged, CancellationToken.None);

        // Assert
        Assert.Equal(ReminderState.Resolved, state);
        Assert.Equal(ReminderState.Resolved, await StateInListAsync(ReminderRecipient.Staff(_staffId)));
    }

    public async Task InitializeAsync() => await _store.InitializeAsync(CancellationToken.None);

    public async Task DisposeAsync()
    {
        await _storage.DeleteTableAsync(_tables.Reminders);
        await _storage.DeleteTableAsync(_tables.ReminderRecipients);
    }

    private async Task<ReminderState> StateInListAsync(ReminderRecipient recipient) =>
        Assert.Single(await _store.ListAsync(recipient, All, CancellationToken.None)).State;
}
