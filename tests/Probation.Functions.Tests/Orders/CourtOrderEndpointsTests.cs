using System.Net;
using System.Text.Json;

namespace Probation.Functions.Orders;

public sealed class CourtOrderEndpointsTests : IAsyncLifetime
{
    private readonly FunctionAppFactory _app = new();

    [Fact]
    public async Task PostOrder_ValidDocument_Is202WithLocationRetryAfterAndTheManagementPayload()
    {
        // Arrange
        using var client = _app.CreateClient(FunctionAppFactory.FunctionKey);
        var orderId = OrderSamples.NewOrderId();

        // Act
        using var response = await client.PostJsonAsync("/api/orders", OrderSamples.CommunityOrder(orderId));

        // Assert
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = body.RootElement;
        Assert.Equal($"order-{orderId}", root.GetProperty("id").GetString());
        var status = root.GetProperty("statusQueryGetUri").GetString()!;
        Assert.Equal(status, response.Headers.Location!.ToString());
        Assert.Contains($"/runtime/webhooks/durabletask/instances/order-{orderId}?taskHub={_app.TaskHub}", status, StringComparison.Ordinal);
        Assert.Contains($"code={FunctionAppFactory.SystemKey}", status, StringComparison.Ordinal);
        Assert.EndsWith($"/api/orders/{orderId}", root.GetProperty("orderUri").GetString(), StringComparison.Ordinal);
        foreach (var uri in new[] { "sendEventPostUri", "terminatePostUri", "suspendPostUri", "resumePostUri", "purgeHistoryDeleteUri" })
        {
            Assert.StartsWith("http", root.GetProperty(uri).GetString(), StringComparison.Ordinal);
        }

        Assert.Equal("10", response.Headers.GetValues("Retry-After").Single());
    }

    [Fact]
    public async Task PostOrder_CustodyWithoutNomsNumber_Is202AndTheNumberArrivesWithTheReception()
    {
        // Arrange: API.md, the NOMS number is issued at reception into prison, often after the court has posted.
        using var courts = _app.CreateClient(FunctionAppFactory.FunctionKey);
        using var system = _app.CreateClient(FunctionAppFactory.SystemKey);
        var orderId = OrderSamples.NewOrderId();
        var custody = OrderSamples.CommunityOrder(orderId, document =>
        {
            document["orderType"] = "Custody";
            document["lengthMonths"] = null;
            document["requirements"] = new System.Text.Json.Nodes.JsonArray();
            document["custody"] = System.Text.Json.Nodes.JsonNode.Parse(
                """{ "expectedReleaseDate": "2028-06-30", "licenceEndDate": "2029-12-22", "indeterminate": false, "prison": "SWI" }""");
            document["person"]!.AsObject().Remove("nomsNumber");
        });

        // Act
        using var posted = await courts.PostJsonAsync("/api/orders", custody);
        await system.SettleAsync();
        using var received = await courts.PostJsonAsync(
            $"/api/orders/{orderId}/custody-events",
            """{ "eventId": "ev-1", "staffId": "S0042", "kind": "Received", "date": "2026-12-23", "prison": "SWI", "nomsNumber": "A1234BC" }""");
        await system.SettleAsync();

        // Assert
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, received.StatusCode);
        Assert.Contains("NOMS number A1234BC", await courts.GetStringAsync($"/api/orders/{orderId}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostOrder_SameDocumentAgain_Is202WithTheSamePayloadAndStartsNothingTwice()
    {
        // Arrange
        using var client = _app.CreateClient(FunctionAppFactory.FunctionKey);
        using var system = _app.CreateClient(FunctionAppFactory.SystemKey);
        var document = OrderSamples.CommunityOrder(OrderSamples.NewOrderId());
        using var first = await client.PostJsonAsync("/api/orders", document);
        await system.SettleAsync();

        // Act
        using var second = await client.PostJsonAsync("/api/orders", document);
        await system.SettleAsync();

        // Assert
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        var history = await system.GetStringAsync(first.Headers.Location + "&showHistory=true");
        Assert.Single(JsonDocument.Parse(history).RootElement.GetProperty("historyEvents").EnumerateArray(), e => e.GetProperty("EventType").GetString() == "ExecutionStarted");
    }

    [Fact]
    public async Task PostOrder_DifferentDocumentUnderTheSameId_Is409()
    {
        // Arrange
        using var client = _app.CreateClient(FunctionAppFactory.FunctionKey);
        var orderId = OrderSamples.NewOrderId();
        using var first = await client.PostJsonAsync("/api/orders", OrderSamples.CommunityOrder(orderId));

        // Act
        using var second = await client.PostJsonAsync("/api/orders", OrderSamples.CommunityOrder(orderId, d => d["lengthMonths"] = 18));

        // Assert
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task PostOrder_SeveralProblems_Is400ListingEveryInvalidField()
    {
        // Arrange
        using var client = _app.CreateClient(FunctionAppFactory.FunctionKey);
        var document = OrderSamples.CommunityOrder(OrderSamples.NewOrderId(), d =>
        {
            d["person"]!["crn"] = "123";
            d["orderType"] = "Probation";
            d["lengthMonths"] = "twelve";
        });

        // Act
        using var response = await client.PostJsonAsync("/api/orders", document);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = problem.RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("person.crn", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("orderType", out var orderType), errors.ToString());
        Assert.Contains("CommunityOrder", orderType.ToString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("lengthMonths", out _), errors.ToString());
    }

    [Theory]
    [InlineData("{ \"orderId\": ")]
    [InlineData("[1, 2, 3]")]
    [InlineData("")]
    public async Task PostOrder_NotAnOrderDocument_Is400ProblemDetails(string body)
    {
        // Arrange
        using var client = _app.CreateClient(FunctionAppFactory.FunctionKey);

        // Act
        using var response = await client.PostJsonAsync("/api/orders", body);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task PostOrder_WithoutTheKey_Is401AndStoresNothing()
    {
        // Arrange
        using var anonymous = _app.CreateClient(key: null);
        using var client = _app.CreateClient(FunctionAppFactory.FunctionKey);
        var orderId = OrderSamples.NewOrderId();

        // Act
        using var response = await anonymous.PostJsonAsync("/api/orders", OrderSamples.CommunityOrder(orderId));

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/orders/{orderId}")).StatusCode);
    }

    [Fact]
    public async Task PostOrder_BodyOverOneMegabyte_Is413()
    {
        // Arrange
        using var client = _app.CreateClient(FunctionAppFactory.FunctionKey);
        var document = OrderSamples.CommunityOrder(OrderSamples.NewOrderId(), d => d["court"]!["name"] = new string('x', 1_100_000));

        // Act
        using var response = await client.PostJsonAsync("/api/orders", document);

        // Assert
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAndDeleteHubAsync();
}
