using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Probation.Orders.Activities;
using Probation.Orders.Identifiers;
using Probation.Orders.Rules;

namespace Probation.Functions.Reminders;

/// <summary>What reaches <c>staff-notifications</c>: each test host has its own queue.</summary>
public sealed class StaffNotificationsTests : IAsyncLifetime
{
    private readonly FunctionAppFactory _app;
    private readonly StaffNotificationQueue _queue;
    private readonly string _orderId = ReminderSamples.NewOrderId();

    public StaffNotificationsTests()
    {
        _app = new FunctionAppFactory();
        _queue = new StaffNotificationQueue(_app.StaffNotificationsQueue);
    }

    [Fact]
    public async Task SendReminders_RunTwice_PutsOneMessagePerReminder()
    {
        // Arrange
        var created = ReminderSamples.Reminder(_orderId, "T-FIRST:1", ReminderKind.Created, new DateOnly(2027, 1, 4), "S0042", "T07");
        var overdue = ReminderSamples.Reminder(_orderId, "T-PLAN:2", ReminderKind.Overdue, new DateOnly(2027, 1, 14), "S0042", "T07", "T-PLAN");
        var input = new SendRemindersInput([created, overdue]);

        // Act
        await Activities.SendRemindersAsync(input, CancellationToken.None);
        await Activities.SendRemindersAsync(input, CancellationToken.None);
        var messages = await _queue.TakeAllAsync();

        // Assert
        Assert.Equal(
            [created.ReminderId, overdue.ReminderId],
            messages.Select(m => m.GetProperty("reminderId").GetString()).Order(StringComparer.Ordinal));
        var message = messages.Single(m => m.GetProperty("reminderId").GetString() == overdue.ReminderId);
        Assert.Equal("Overdue", message.GetProperty("kind").GetString());
        Assert.Equal("Open", message.GetProperty("state").GetString());
        Assert.Equal("2027-01-14", message.GetProperty("dueDate").GetString());
        Admin.BusinessTimeAssert.Near("2026-12-23T09:00:00Z", message.GetProperty("createdAt").GetString());
    }

    [Fact]
    public async Task SendWarningLetter_RunTwice_PutsOneWarningLetter()
    {
        // Arrange
        var letter = Letter(_orderId);

        // Act
        await Activities.SendWarningLetterAsync(letter, CancellationToken.None);
        await Activities.SendWarningLetterAsync(letter, CancellationToken.None);
        var messages = await _queue.TakeAllAsync();

        // Assert
        var message = Assert.Single(messages);
        Assert.Equal("WarningLetter", message.GetProperty("kind").GetString());
        Assert.Equal("warning-A1", message.GetProperty("warningId").GetString());
        Assert.Equal("2027-02-08", message.GetProperty("explainBy").GetString());
        Assert.Equal(_orderId, message.GetProperty("orderId").GetString());
    }

    [Fact]
    public async Task SendWarningLetter_SameWarningIdInAnotherOrder_PutsBoth()
    {
        // Arrange: warning ids derive from appointment ids, which are unique within an order only.
        var otherOrderId = ReminderSamples.NewOrderId();

        // Act
        await Activities.SendWarningLetterAsync(Letter(_orderId), CancellationToken.None);
        await Activities.SendWarningLetterAsync(Letter(otherOrderId), CancellationToken.None);
        var messages = await _queue.TakeAllAsync();

        // Assert
        Assert.Equal(
            new[] { _orderId, otherOrderId }.Order(StringComparer.Ordinal),
            messages.Select(m => m.GetProperty("orderId").GetString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SendStaffNotice_RunTwice_PutsOneNotice()
    {
        // Arrange
        var notice = Notice(_orderId);

        // Act
        await Activities.SendStaffNoticeAsync(notice, CancellationToken.None);
        await Activities.SendStaffNoticeAsync(notice, CancellationToken.None);
        var messages = await _queue.TakeAllAsync();

        // Assert
        var message = Assert.Single(messages);
        Assert.Equal("N1", message.GetProperty("noticeId").GetString());
        Assert.Equal("Allocated", message.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task SendStaffNotice_EightRunsAtOnce_PutsOneNotice()
    {
        // Arrange: the engine delivers an activity twice when a crash cuts a step between sending its messages and
        // committing it; the runs then overlap.
        var notice = Notice(_orderId);

        // Act
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Activities.SendStaffNoticeAsync(notice, CancellationToken.None)));
        var messages = await _queue.TakeAllAsync();

        // Assert
        Assert.Equal("N1", Assert.Single(messages).GetProperty("noticeId").GetString());
    }

    [Fact]
    public async Task SendStaffNotice_ClaimOfARunThatDied_IsTakenOverAndSent()
    {
        // Arrange: a claim two minutes old, never marked sent.
        await Claims.AddEntityAsync(new TableEntity(_orderId, "StaffNotice|N1") { ["State"] = "Sending", ["ClaimedAt"] = DateTimeOffset.UtcNow.AddMinutes(-2) });

        // Act
        await Activities.SendStaffNoticeAsync(Notice(_orderId), CancellationToken.None);
        var messages = await _queue.TakeAllAsync();

        // Assert
        Assert.Equal("N1", Assert.Single(messages).GetProperty("noticeId").GetString());
        Assert.Equal("Sent", (await Claims.GetEntityAsync<TableEntity>(_orderId, "StaffNotice|N1")).Value.GetString("State"));
    }

    [Fact]
    public async Task SendStaffNotice_ClaimOfALiveRunThatThenSends_WaitsAndSendsNothing()
    {
        // Arrange: another run claimed the notice just now.
        await Claims.AddEntityAsync(new TableEntity(_orderId, "StaffNotice|N1") { ["State"] = "Sending", ["ClaimedAt"] = DateTimeOffset.UtcNow });

        // Act: this run waits on the claim; the other run marks the notice sent.
        var waiting = Activities.SendStaffNoticeAsync(Notice(_orderId), CancellationToken.None);
        await Claims.UpsertEntityAsync(new TableEntity(_orderId, "StaffNotice|N1") { ["State"] = "Sent" }, TableUpdateMode.Replace);
        await waiting;

        // Assert
        Assert.Empty(await _queue.TakeAllAsync());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _app.DisposeAndDeleteHubAsync();

    private IOrderActivities Activities => _app.Services.GetRequiredService<IOrderActivities>();

    private TableClient Claims =>
        _app.Services.GetRequiredService<TableServiceClient>().GetTableClient(_app.Services.GetRequiredService<Hosting.AppTables>().NotificationsSent);

    private static StaffNotice Notice(string orderId) => new(
        "N1", new OrderId(orderId), new Crn("X123456"), new StaffId("S0042"), new TeamId("T07"), StaffNoticeKind.Allocated,
        new DateOnly(2027, 1, 5), "allocated to S0042");

    private static WarningLetter Letter(string orderId) => new(
        "warning-A1", new OrderId(orderId), new Crn("X123456"), new StaffId("S0042"), new TeamId("T07"), new AppointmentId("A1"),
        new DateOnly(2027, 2, 1), new DateOnly(2027, 2, 8), "5 working days after 2027-02-01", ReminderSamples.Policy);
}
