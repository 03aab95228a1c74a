using System.Text.Json;
using Probation.Functions.Orders;

namespace Probation.Functions.Scenarios;

public sealed class BreachScenarioTests : IAsyncLifetime
{
    private readonly FunctionAppFactory _app = new();

    [Fact]
    public async Task MissedAppointment_WarningWindowPassesThenSecondFailure_BreachDueRemindersToTheOfficerAndTheTeam()
    {
        // Arrange
        using var staff = _app.CreateClient(FunctionAppFactory.FunctionKey);
        using var system = _app.CreateClient(FunctionAppFactory.SystemKey);
        var orderId = OrderSamples.NewOrderId();
        (await staff.PostJsonAsync("/api/orders", OrderSamples.CommunityOrder(orderId))).EnsureSuccessStatusCode();

        // Act: a failure on Monday 4 January gives a warning to explain by 11 January; nothing comes; a second failure
        // on 18 January, while the warning stands, makes breach due ten working days later.
        await system.AdvanceToAsync("2027-01-04T10:00:00Z");
        (await staff.PostJsonAsync($"/api/orders/{orderId}/appointments", Missed("ev-1", "APT-1", "2027-01-04"))).EnsureSuccessStatusCode();
        await system.SettleAsync();
        using var afterWarning = JsonDocument.Parse(await staff.GetStringAsync($"/api/orders/{orderId}"));
        await system.AdvanceToAsync("2027-01-18T10:00:00Z");
        (await staff.PostJsonAsync($"/api/orders/{orderId}/appointments", Missed("ev-2", "APT-2", "2027-01-18"))).EnsureSuccessStatusCode();
        await system.SettleAsync();
        var officer = await ScenarioApi.RemindersAsync(staff, "/api/staff/S0042/reminders");
        var team = await ScenarioApi.RemindersAsync(staff, "/api/teams/T07/reminders");
        using var afterBreach = JsonDocument.Parse(await staff.GetStringAsync($"/api/orders/{orderId}"));

        // Assert
        var warning = Assert.Single(afterWarning.RootElement.GetProperty("warnings").EnumerateArray());
        Assert.Equal("2027-01-11", warning.GetProperty("explainBy").GetString());
        var letters = await NotificationsForAsync(orderId);
        Assert.Single(letters, l => l.Contains("\"kind\":\"WarningLetter\"", StringComparison.Ordinal) && l.Contains("\"explainBy\":\"2027-01-11\"", StringComparison.Ordinal));
        Assert.Equal("Standing", Assert.Single(afterBreach.RootElement.GetProperty("warnings").EnumerateArray()).GetProperty("state").GetString());
        var breachDuty = afterBreach.RootElement.GetProperty("duties").EnumerateArray().Single(d => d.GetProperty("ruleId").GetString() == "T-BREACH-ACT");
        Assert.Equal("2027-02-01", breachDuty.GetProperty("dueDate").GetString());
        Assert.Equal("2027-02-01", Assert.Single(officer.Of(orderId, "T-BREACH-ACT", "Created")).GetProperty("dueDate").GetString());
        Assert.Single(team.Of(orderId, "T-BREACH-ACT", "Created"));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _app.DisposeAndDeleteHubAsync();

    private static string Missed(string eventId, string appointmentId, string date) =>
        $$"""{ "eventId": "{{eventId}}", "staffId": "S0042", "appointmentId": "{{appointmentId}}", "date": "{{date}}", "kind": "Supervision", "outcome": "MissedUnexplained" }""";

    private async Task<List<string>> NotificationsForAsync(string orderId) =>
        [.. (await FunctionAppFactory.Queue(_app.StaffNotificationsQueue).PeekMessagesAsync(32)).Value.Select(m => m.Body.ToString()).Where(t => t.Contains(orderId, StringComparison.Ordinal))];
}
