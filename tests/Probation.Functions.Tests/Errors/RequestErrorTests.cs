using System.Net;
using System.Text.Json;

namespace Probation.Functions.Errors;

public sealed class RequestErrorTests : IAsyncLifetime
{
    private readonly FunctionAppFactory _app = new();

    [Fact]
    public async Task MalformedJson_Is400ProblemDetails()
    {
        // Arrange
        using var client = _app.CreateClient(FunctionAppFactory.SystemKey);

        // Act
        using var response = await client.PostAsync("/admin/clock", new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json"));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task BodyOverOneMegabyte_Is413ProblemDetails()
    {
        // Arrange
        using var client = _app.CreateClient(FunctionAppFactory.SystemKey);
        var body = "{\"advanceBy\":\"" + new string('x', 1_100_000) + "\"}";

        // Act
        using var response = await client.PostAsync("/admin/clock", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        // Assert
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(413, problem.RootElement.GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("/runtime/webhooks/durabletask/instances/order-x?showInput=0", "showInput")]
    [InlineData("/runtime/webhooks/durabletask/instances?top=%25", "top")]
    [InlineData("/runtime/webhooks/durabletask/instances?createdTimeFrom=yesterday", "createdTimeFrom")]
    public async Task QueryValueOfTheWrongType_Is400NamingTheParameter(string path, string field)
    {
        // Arrange
        using var client = _app.CreateClient(FunctionAppFactory.SystemKey);

        // Act
        using var response = await client.GetAsync(path);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(field, out _), $"errors names {field}");
    }

    [Fact]
    public async Task BodyFieldOfTheWrongType_Is400NamingTheField()
    {
        // Arrange
        using var client = _app.CreateClient(FunctionAppFactory.SystemKey);

        // Act
        using var response = await client.PostAsync("/admin/clock", new StringContent("""{"advanceBy":[1]}""", System.Text.Encoding.UTF8, "application/json"));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("advanceBy", out _));
    }

    [Fact]
    public async Task UnknownInstance_Is404ProblemDetails()
    {
        // Arrange
        using var client = _app.CreateClient(FunctionAppFactory.SystemKey);

        // Act
        using var status = await client.GetAsync("/runtime/webhooks/durabletask/instances/no-such-order");
        using var raise = await client.PostAsync("/runtime/webhooks/durabletask/instances/no-such-order/raiseEvent/Any", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        using var purge = await client.DeleteAsync("/runtime/webhooks/durabletask/instances/no-such-order");

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, status.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, raise.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, purge.StatusCode);
        Assert.Equal("application/problem+json", status.Content.Headers.ContentType?.MediaType);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAndDeleteHubAsync();
}
