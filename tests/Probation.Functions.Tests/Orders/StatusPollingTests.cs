using System.Net;
using System.Text.Json;

namespace Probation.Functions.Orders;

public sealed class StatusPollingTests : IAsyncLifetime
{
    private readonly FunctionAppFactory _app = new();

    [Fact]
    public async Task StatusUri_WhileTheOrderRuns_Is202WithLocationRetryAfterAndTheOrdersCustomStatus()
    {
        // Arrange
        using var courts = _app.CreateClient(FunctionAppFactory.FunctionKey);
        using var integrator = _app.CreateClient(key: null);
        using var system = _app.CreateClient(FunctionAppFactory.SystemKey);
        using var posted = await courts.PostJsonAsync("/api/orders", OrderSamples.CommunityOrder(OrderSamples.NewOrderId()));
        await system.SettleAsync();

        // Act: the status URL carries its own key, so an integrator needs nothing else.
        using var status = await integrator.GetAsync(posted.Headers.Location);

        // Assert
        Assert.Equal(HttpStatusCode.Accepted, status.StatusCode);
        Assert.Equal(posted.Headers.Location, status.Headers.Location);
        Assert.Equal("5", status.Headers.GetValues("Retry-After").Single());
        using var body = JsonDocument.Parse(await status.Content.ReadAsStringAsync());
        var root = body.RootElement;
        Assert.Equal("OrderLifecycle", root.GetProperty("name").GetString());
        Assert.Equal("Running", root.GetProperty("runtimeStatus").GetString());
        // Instance times are the engine's (real time), as in Durable Functions; only business time travels.
        Assert.Matches("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$", root.GetProperty("createdTime").GetString());
        var customStatus = root.GetProperty("customStatus");
        Assert.Equal("Community", customStatus.GetProperty("phase").GetString());
        Assert.Equal(3, customStatus.GetProperty("tier").GetInt32());
        Assert.Equal("T-FIRST", customStatus.GetProperty("nextDue").GetProperty("ruleId").GetString());
        Assert.Equal("2027-01-04", customStatus.GetProperty("nextDue").GetProperty("dueDate").GetString());
    }

    [Fact]
    public async Task Terminate_ThenStatusIs200_AndFurtherSignalsAre410()
    {
        // Arrange
        using var courts = _app.CreateClient(FunctionAppFactory.FunctionKey);
        using var system = _app.CreateClient(FunctionAppFactory.SystemKey);
        var orderId = OrderSamples.NewOrderId();
        using var posted = await courts.PostJsonAsync("/api/orders", OrderSamples.CommunityOrder(orderId));
        await system.SettleAsync();
        var instance = $"/runtime/webhooks/durabletask/instances/order-{orderId}";

        // Act
        using var terminate = await system.PostAsync($"{instance}/terminate?reason=entered+in+error", null);
        await system.SettleAsync();
        using var status = await system.GetAsync(instance);
        using var again = await system.PostAsync($"{instance}/terminate?reason=twice", null);
        using var raise = await system.PostJsonAsync($"{instance}/raiseEvent/Appointment", "{}");
        using var suspend = await system.PostAsync($"{instance}/suspend", null);

        // Assert
        Assert.Equal(HttpStatusCode.Accepted, terminate.StatusCode);
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        using var body = JsonDocument.Parse(await status.Content.ReadAsStringAsync());
        Assert.Equal("Terminated", body.RootElement.GetProperty("runtimeStatus").GetString());
        Assert.Equal("entered in error", body.RootElement.GetProperty("output").GetString());
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, raise.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, suspend.StatusCode);
    }

    [Fact]
    public async Task ListInstances_ByStatusAndPrefix_PagesWithTheContinuationHeader()
    {
        // Arrange
        using var courts = _app.CreateClient(FunctionAppFactory.FunctionKey);
        using var system = _app.CreateClient(FunctionAppFactory.SystemKey);
        var prefix = $"ORD-2026-{Random.Shared.Next(1000, 9999)}";
        for (var i = 0; i < 3; i++)
        {
            using var _ = await courts.PostJsonAsync("/api/orders", OrderSamples.CommunityOrder($"{prefix}{i:D2}"));
        }

        await system.SettleAsync();

        // Act
        using var first = await system.GetAsync($"/runtime/webhooks/durabletask/instances?runtimeStatus=Running,Suspended&instanceIdPrefix=order-{prefix}&top=2");
        var request = new HttpRequestMessage(HttpMethod.Get, $"/runtime/webhooks/durabletask/instances?runtimeStatus=Running&instanceIdPrefix=order-{prefix}&top=2");
        request.Headers.Add("x-ms-continuation-token", first.Headers.GetValues("x-ms-continuation-token").Single());
        using var second = await system.SendAsync(request);

        // Assert
        Assert.Equal(2, JsonDocument.Parse(await first.Content.ReadAsStringAsync()).RootElement.GetArrayLength());
        Assert.Equal(1, JsonDocument.Parse(await second.Content.ReadAsStringAsync()).RootElement.GetArrayLength());
        Assert.False(second.Headers.Contains("x-ms-continuation-token"));
        using var invalid = await system.GetAsync("/runtime/webhooks/durabletask/instances?runtimeStatus=Sleeping&top=0");
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
    }

    [Fact]
    public async Task ListInstances_WithoutInput_StillShowsEachOrdersCustomStatus()
    {
        // Arrange
        using var courts = _app.CreateClient(FunctionAppFactory.FunctionKey);
        using var system = _app.CreateClient(FunctionAppFactory.SystemKey);
        var orderId = OrderSamples.NewOrderId();
        using var posted = await courts.PostJsonAsync("/api/orders", OrderSamples.CommunityOrder(orderId));
        await system.SettleAsync();

        // Act
        using var list = await system.GetAsync($"/runtime/webhooks/durabletask/instances?instanceIdPrefix=order-{orderId}&showInput=false");

        // Assert: as in Durable Functions, showInput=false leaves out the input only.
        using var body = JsonDocument.Parse(await list.Content.ReadAsStringAsync());
        var instance = Assert.Single(body.RootElement.EnumerateArray());
        Assert.Equal(JsonValueKind.Null, instance.GetProperty("input").ValueKind);
        Assert.Equal("T-FIRST", instance.GetProperty("customStatus").GetProperty("nextDue").GetProperty("ruleId").GetString());
    }

    [Theory]
    [InlineData("GET", "/runtime/webhooks/durabletask/instances/a%5Cb")]
    [InlineData("GET", "/runtime/webhooks/durabletask/instances/a%3Fb")]
    [InlineData("POST", "/runtime/webhooks/durabletask/instances/a%23b/terminate")]
    [InlineData("POST", "/runtime/webhooks/durabletask/instances/a%5Cb/raiseEvent/Go")]
    [InlineData("DELETE", "/runtime/webhooks/durabletask/instances/a%5Cb")]
    public async Task InstanceRoute_IdNoInstanceCouldHave_Is404(string method, string path)
    {
        // Arrange
        using var system = _app.CreateClient(FunctionAppFactory.SystemKey);
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "POST" ? new StringContent("{}", System.Text.Encoding.UTF8, "application/json") : null };

        // Act
        using var response = await system.SendAsync(request);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAndDeleteHubAsync();
}
