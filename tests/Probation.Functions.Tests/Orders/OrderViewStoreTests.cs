using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Probation.Functions.Hosting;
using Probation.Functions.Reminders;
using Probation.Functions.Storage;
using Probation.Orders.Activities;
using Probation.Orders.Identifiers;
using Probation.Orders.Lifecycle;
using Probation.Orders.Views;

namespace Probation.Functions.Orders;

/// <summary>Publishing order views on Azurite: what is stored, what a late or repeated publication changes, and its requests.</summary>
public sealed class OrderViewStoreTests : IAsyncLifetime
{
    private static readonly Allocation Before = new(new StaffId("S0042"), new TeamId("T07"));
    private static readonly Allocation After = new(new StaffId("S0099"), new TeamId("T08"));

    private readonly StorageRequestCounter _counter = new();
    private readonly AppTables _tables = new(Options.Create(new StorageOptions { TaskHub = "Views" + Guid.NewGuid().ToString("N")[..12] }));
    private readonly OrderId _order = new(ReminderSamples.NewOrderId());
    private readonly TableServiceClient _storage;
    private readonly CaseloadIndex _caseloads;
    private readonly OrderViewStore _views;

    public OrderViewStoreTests()
    {
        _storage = new TableServiceClient(FunctionAppFactory.ConnectionString, AppStorageClientOptions.ForTables(_counter));
        _caseloads = new CaseloadIndex(_storage, _tables);
        _views = new OrderViewStore(_storage, _tables, _caseloads);
    }

    [Fact]
    public async Task Publish_FirstView_StoresViewAndTimelineInTwoRequests()
    {
        // Act
        await _views.PublishAsync(Publication(1, Before, Entries(1, 2)), CancellationToken.None);

        // Assert: the read of the stored revision, then one transaction for the view and its entries.
        Assert.Equal(2, _counter.Count - CaseloadRequests);
        var stored = await _views.GetAsync(_order, CancellationToken.None);
        Assert.Equal(1, stored!.View.Revision);
        Assert.Equal([1, 2], stored.Timeline.Select(e => e.Sequence));
    }

    [Fact]
    public async Task Publish_LaterRevision_ReplacesTheViewAndAppendsToTheTimeline()
    {
        // Arrange
        await _views.PublishAsync(Publication(1, Before, Entries(1, 2)), CancellationToken.None);

        // Act
        await _views.PublishAsync(Publication(2, Before, Entries(3, 3)), CancellationToken.None);

        // Assert
        var stored = await _views.GetAsync(_order, CancellationToken.None);
        Assert.Equal(2, stored!.View.Revision);
        Assert.Equal([1, 2, 3], stored.Timeline.Select(e => e.Sequence));
    }

    [Fact]
    public async Task Publish_EarlierRevisionAfterALaterOne_ChangesNothing()
    {
        // Arrange: an activity run again after the order has moved on.
        await _views.PublishAsync(Publication(1, Before, Entries(1, 1)), CancellationToken.None);
        await _views.PublishAsync(Publication(2, Before, Entries(2, 2)), CancellationToken.None);
        var requests = _counter.Count;

        // Act
        await _views.PublishAsync(Publication(1, Before, Entries(1, 1)), CancellationToken.None);

        // Assert: one read, no write.
        Assert.Equal(1, _counter.Count - requests);
        Assert.Equal(2, (await _views.GetViewAsync(_order, CancellationToken.None))!.Revision);
    }

    [Fact]
    public async Task Publish_MoreEntriesThanOneTransactionHolds_StoresThemAll()
    {
        // Act
        await _views.PublishAsync(Publication(1, Before, Entries(1, 250)), CancellationToken.None);

        // Assert
        var stored = await _views.GetAsync(_order, CancellationToken.None);
        Assert.Equal(Enumerable.Range(1, 250), stored!.Timeline.Select(e => e.Sequence));
        Assert.Equal(1, stored.View.Revision);
    }

    [Fact]
    public async Task Publish_Reallocated_MovesTheOrderBetweenCaseloads()
    {
        // Arrange
        await _views.PublishAsync(Publication(1, Before, Entries(1, 1)), CancellationToken.None);

        // Act
        await _views.PublishAsync(Publication(2, After, Entries(2, 2)), CancellationToken.None);

        // Assert
        Assert.Empty(await _caseloads.ForStaffAsync(Before.OffenderManagerId, CancellationToken.None));
        Assert.Empty(await _caseloads.ForTeamAsync(Before.TeamId, CancellationToken.None));
        Assert.Equal([_order], await _caseloads.ForStaffAsync(After.OffenderManagerId, CancellationToken.None));
        Assert.Equal([_order], await _caseloads.ForTeamAsync(After.TeamId, CancellationToken.None));
    }

    public async Task InitializeAsync()
    {
        await _views.InitializeAsync(CancellationToken.None);
        await _caseloads.InitializeAsync(CancellationToken.None);
        _counter.Reset();
    }

    public async Task DisposeAsync()
    {
        await _storage.DeleteTableAsync(_tables.OrderViews);
        await _storage.DeleteTableAsync(_tables.Caseloads);
    }

    // A first publication adds the order to its officer's and its team's caseloads: one upsert each.
    private static int CaseloadRequests => 2;

    private OrderViewPublication Publication(int revision, Allocation allocation, IReadOnlyList<TimelineEntry> entries)
    {
        var view = ReportViews.Publication(allocation.TeamId.Value).View with
        {
            OrderId = _order,
            Allocation = allocation,
            Revision = revision,
            TimelineLength = entries.Count == 0 ? 0 : entries[^1].Sequence,
        };
        return new OrderViewPublication(view, entries);
    }

    private static TimelineEntry[] Entries(int first, int last) =>
        [.. Enumerable.Range(first, last - first + 1).Select(n => new TimelineEntry(n, ReminderSamples.CreatedAt.AddHours(n), TimelineKind.OrderReceived, "court", $"entry {n}"))];
}
