using System.Net;
using System.Text.Json;
using Probation.Functions.Orders;

namespace Probation.Functions.Scenarios;

public sealed class FirstAppointmentReminderTests : IAsyncLifetime
{
    private readonly FunctionAppFactory _app = new();

    [Fact]
    public async Task OrderPostedOverHttp_FirstAppointmentRemindersComeOnTheirDatesToTheRightPeople()
    {
        // Arrange
        using var staff = _app.CreateClient(FunctionAppFactory.FunctionKey);
        using var system = _app.CreateClient(FunctionAppFactory.SystemKey);
        var orderId = OrderSamples.NewOrderId();

        // Act: sentence Wednesday 2026-12-23; five working days skip Christmas, the Boxing Day substitute and New Year.
        (await staff.PostJsonAsync("/api/orders", OrderSamples.CommunityOrder(orderId))).EnsureSuccessStatusCode();
        await system.SettleAsync();
        var onReceipt = await ScenarioApi.RemindersAsync(staff, "/api/staff/S0042/reminders?state=all");
        await system.AdvanceToAsync("2026-12-29T23:00:00Z");
        var dayBeforeDueSoon = await ScenarioApi.RemindersAsync(staff, "/api/staff/S0042/reminders?state=all");
        await system.AdvanceToAsync("2026-12-30T12:00:00Z");
        var dueSoonDay = await ScenarioApi.RemindersAsync(staff, "/api/staff/S0042/reminders?state=all");
        await system.AdvanceToAsync("2027-01-05T12:00:00Z");
        var officer = await ScenarioApi.RemindersAsync(staff, "/api/staff/S0042/reminders?state=all");
        var team = await ScenarioApi.RemindersAsync(staff, "/api/teams/T07/reminders?state=all");

        // Assert
        var created = Assert.Single(onReceipt.Of(orderId, "T-FIRST", "Created"));
        Assert.Equal("2027-01-04", created.GetProperty("dueDate").GetString());
        Assert.Equal("5 working days after 2026-12-23 (skipped 2026-12-25, 2026-12-28, 2027-01-01)", created.GetProperty("reason").GetString());
        Admin.BusinessTimeAssert.Near("2026-12-23T09:00:00Z", created.GetProperty("createdAt").GetString());
        Assert.Empty(dayBeforeDueSoon.Of(orderId, "T-FIRST", "DueSoon"));
        Assert.StartsWith("2026-12-30", Assert.Single(dueSoonDay.Of(orderId, "T-FIRST", "DueSoon")).GetProperty("createdAt").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("2027-01-05", Assert.Single(officer.Of(orderId, "T-FIRST", "Overdue")).GetProperty("createdAt").GetString(), StringComparison.Ordinal);
        Assert.Single(team.Of(orderId, "T-FIRST", "Overdue"));
        Assert.Empty(team.Of(orderId, "T-FIRST", "Created"));
        var notifications = await NotificationsForAsync(orderId);
        Assert.Equal(1, notifications.Count(n => n.Contains("\"kind\":\"Created\"", StringComparison.Ordinal) && n.Contains("T-FIRST", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task OrderPostedOnTheQueue_GivesTheSameFirstAppointmentReminder()
    {
        // Arrange
        using var staff = _app.CreateClient(FunctionAppFactory.FunctionKey);
        var orderId = OrderSamples.NewOrderId();

        // Act
        await FunctionAppFactory.Queue(_app.CourtOrdersQueue).SendMessageAsync(OrderSamples.CommunityOrder(orderId));
        var deadline = DateTime.UtcNow.AddSeconds(30);
        List<JsonElement> created;
        while ((created = (await ScenarioApi.RemindersAsync(staff, "/api/staff/S0042/reminders")).Of(orderId, "T-FIRST", "Created")).Count == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "The order from the queue gave no first-appointment reminder within 30 s.");
            await Task.Delay(100);
        }

        // Assert
        Assert.Equal("2027-01-04", Assert.Single(created).GetProperty("dueDate").GetString());
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/api/orders/{orderId}")).StatusCode);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _app.DisposeAndDeleteHubAsync();

    private async Task<List<string>> NotificationsForAsync(string orderId) =>
        [.. (await FunctionAppFactory.Queue(_app.StaffNotificationsQueue).PeekMessagesAsync(32)).Value.Select(m => m.Body.ToString()).Where(t => t.Contains(orderId, StringComparison.Ordinal))];
}
