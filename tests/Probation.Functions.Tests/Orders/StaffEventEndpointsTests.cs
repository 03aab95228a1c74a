using System.Net;
using System.Text.Json;

namespace Probation.Functions.Orders;

public sealed class StaffEventEndpointsTests : IAsyncLifetime
{
    private const string Attended = """{ "eventId": "ev-1", "staffId": "S0042", "appointmentId": "APT-1", "date": "2026-12-29", "kind": "Induction", "outcome": "Attended" }""";

    private readonly FunctionAppFactory _app = new();

    [Fact]
    public async Task RecordAppointment_OnARunningOrder_Is202AndTheFirstAppointmentIsMet()
    {
        // Arrange
        var (staff, system, orderId) = await PostOrderAsync();
        await system.AdvanceToAsync("2026-12-29T10:00:00Z");

        // Act
        using var response = await staff.PostJsonAsync($"/api/orders/{orderId}/appointments", Attended);
        await system.SettleAsync();

        // Assert
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        using var order = JsonDocument.Parse(await staff.GetStringAsync($"/api/orders/{orderId}"));
        var first = order.RootElement.GetProperty("duties").EnumerateArray().Single(d => d.GetProperty("ruleId").GetString() == "T-FIRST");
        Assert.Equal("Met", first.GetProperty("state").GetString());
        Assert.Equal("2026-12-29", first.GetProperty("metOn").GetString());
        Assert.Equal("2027-01-04", first.GetProperty("dueDate").GetString());
    }

    [Fact]
    public async Task RecordEvent_UnknownOrder_Is404()
    {
        // Arrange
        using var staff = _app.CreateClient(FunctionAppFactory.FunctionKey);

        // Act
        using var response = await staff.PostJsonAsync("/api/orders/ORD-2026-999999/appointments", Attended);
        using var view = await staff.GetAsync("/api/orders/ORD-2026-999999");

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, view.StatusCode);
    }

    [Fact]
    public async Task RecordEvent_InvalidBody_Is400ListingTheFields()
    {
        // Arrange
        var (staff, _, orderId) = await PostOrderAsync();

        // Act
        using var response = await staff.PostJsonAsync($"/api/orders/{orderId}/appointments", """{ "eventId": "", "kind": "Lunch", "date": "yesterday" }""");

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("kind", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("date", out _), errors.ToString());
    }

    [Fact]
    public async Task RecordEvent_ReleaseOfACommunityOrder_Is409()
    {
        // Arrange
        var (staff, _, orderId) = await PostOrderAsync();

        // Act
        using var response = await staff.PostJsonAsync(
            $"/api/orders/{orderId}/custody-events", """{ "eventId": "ev-9", "staffId": "S0042", "kind": "Released", "date": "2026-12-24" }""");

        // Assert
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("not in custody", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordEvent_AfterTheOrderEnded_Is409()
    {
        // Arrange
        var (staff, system, orderId) = await PostOrderAsync();
        using var terminated = await staff.PostJsonAsync(
            $"/api/orders/{orderId}/termination", """{ "eventId": "ev-t", "staffId": "S0042", "outcome": "Revoked", "date": "2026-12-24", "reason": "revoked by the court" }""");
        await system.SettleAsync();

        // Act
        using var response = await staff.PostJsonAsync($"/api/orders/{orderId}/appointments", Attended);

        // Assert
        Assert.Equal(HttpStatusCode.Accepted, terminated.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        using var order = JsonDocument.Parse(await staff.GetStringAsync($"/api/orders/{orderId}"));
        Assert.Equal("Ended", order.RootElement.GetProperty("phase").GetString());
        Assert.All(order.RootElement.GetProperty("duties").EnumerateArray(), d => Assert.NotEqual("Open", d.GetProperty("state").GetString()));
    }

    [Fact]
    public async Task RecordEvent_SameEventIdTwice_HasEffectOnce()
    {
        // Arrange
        var (staff, system, orderId) = await PostOrderAsync();
        await system.AdvanceToAsync("2026-12-29T10:00:00Z");
        var missed = """{ "eventId": "ev-m", "staffId": "S0042", "appointmentId": "APT-2", "date": "2026-12-29", "kind": "Supervision", "outcome": "MissedUnexplained" }""";

        // Act
        using var first = await staff.PostJsonAsync($"/api/orders/{orderId}/appointments", missed);
        using var second = await staff.PostJsonAsync($"/api/orders/{orderId}/appointments", missed);
        await system.SettleAsync();

        // Assert
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        using var order = JsonDocument.Parse(await staff.GetStringAsync($"/api/orders/{orderId}"));
        Assert.Single(order.RootElement.GetProperty("warnings").EnumerateArray());
    }

    [Fact]
    public async Task RecordEvent_RetryOfTheEventThatEndedTheOrder_Is202WithoutASecondEffect()
    {
        // Arrange: the client lost the first answer and sends the same termination again, after it took effect.
        var (staff, system, orderId) = await PostOrderAsync();
        var termination = """{ "eventId": "ev-t", "staffId": "S0042", "outcome": "Revoked", "date": "2026-12-24", "reason": "revoked by the court" }""";
        using var first = await staff.PostJsonAsync($"/api/orders/{orderId}/termination", termination);
        await system.SettleAsync();

        // Act
        using var retry = await staff.PostJsonAsync($"/api/orders/{orderId}/termination", termination);
        using var another = await staff.PostJsonAsync($"/api/orders/{orderId}/termination", termination.Replace("ev-t", "ev-u", StringComparison.Ordinal));
        await system.SettleAsync();

        // Assert
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, retry.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, another.StatusCode);
        using var order = JsonDocument.Parse(await staff.GetStringAsync($"/api/orders/{orderId}"));
        Assert.Single(order.RootElement.GetProperty("timeline").EnumerateArray(), e => e.GetProperty("kind").GetString() == "OrderEnded");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAndDeleteHubAsync();

    private async Task<(HttpClient Staff, HttpClient System, string OrderId)> PostOrderAsync()
    {
        var staff = _app.CreateClient(FunctionAppFactory.FunctionKey);
        var system = _app.CreateClient(FunctionAppFactory.SystemKey);
        var orderId = OrderSamples.NewOrderId();
        using var posted = await staff.PostJsonAsync("/api/orders", OrderSamples.CommunityOrder(orderId));
        posted.EnsureSuccessStatusCode();
        await system.SettleAsync();
        return (staff, system, orderId);
    }
}
