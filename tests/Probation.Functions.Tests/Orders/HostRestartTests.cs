using System.Net;
using System.Text.Json;

namespace Probation.Functions.Orders;

public sealed class HostRestartTests : IAsyncLifetime
{
    private readonly string _taskHub = "t" + Guid.NewGuid().ToString("N")[..12];
    private FunctionAppFactory? _second;

    [Fact]
    public async Task Restart_MidScenario_TheNewHostCarriesTheOrderOnWithNothingLost()
    {
        // Arrange: the first host takes the order and a missed appointment, which issues a warning.
        var orderId = OrderSamples.NewOrderId();
        var first = new FunctionAppFactory(_taskHub);
        using (var staff = first.CreateClient(FunctionAppFactory.FunctionKey))
        using (var system = first.CreateClient(FunctionAppFactory.SystemKey))
        {
            (await staff.PostJsonAsync("/api/orders", OrderSamples.CommunityOrder(orderId))).EnsureSuccessStatusCode();
            await system.AdvanceToAsync("2026-12-29T10:00:00Z");
            (await staff.PostJsonAsync(
                $"/api/orders/{orderId}/appointments",
                """{ "eventId": "ev-1", "staffId": "S0042", "appointmentId": "APT-1", "date": "2026-12-29", "kind": "Supervision", "outcome": "MissedUnexplained" }""")).EnsureSuccessStatusCode();
        }

        // Act: it stops at once (the event may still be in its inbox); a new host takes over the same hub and moves
        // the clock past the five working days the warning gave to explain.
        await first.DisposeAsync();
        _second = new FunctionAppFactory(_taskHub, new DateTimeOffset(2026, 12, 29, 10, 0, 0, TimeSpan.Zero));
        using var staffAgain = _second.CreateClient(FunctionAppFactory.FunctionKey);
        using var systemAgain = _second.CreateClient(FunctionAppFactory.SystemKey);

        // A message the stopped host had taken stays hidden until its visibility timeout (10 s here), so the new host
        // may apply the missed appointment only then: wait for it before moving the clock on.
        await Eventually.TrueAsync(
            async () => (await staffAgain.GetStringAsync($"/api/orders/{orderId}")).Contains("\"WarningIssued\"", StringComparison.Ordinal),
            seconds: 60);
        await systemAgain.AdvanceToAsync("2027-01-08T10:00:00Z");

        // Assert
        using var response = await staffAgain.GetAsync($"/api/orders/{orderId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var order = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var warning = Assert.Single(order.RootElement.GetProperty("warnings").EnumerateArray());
        Assert.Equal("2026-12-29", warning.GetProperty("issuedOn").GetString());
        Assert.Equal("2027-01-06", warning.GetProperty("explainBy").GetString());
        var firstAppointment = order.RootElement.GetProperty("duties").EnumerateArray().Single(d => d.GetProperty("ruleId").GetString() == "T-FIRST");
        Assert.Equal("Open", firstAppointment.GetProperty("state").GetString());
        Assert.Equal("2027-01-04", firstAppointment.GetProperty("dueDate").GetString());
        var kinds = order.RootElement.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["OrderReceived", "AppointmentRecorded", "WarningIssued"], kinds.Take(3));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_second is not null)
        {
            await _second.DisposeAndDeleteHubAsync();
        }
    }
}
