using System.Net;

namespace Probation.Functions.Security;

public sealed class KeyTests : IAsyncLifetime
{
    private readonly FunctionAppFactory _app = new();

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key-wrong-key-wrong")]
    public async Task ManagementRoute_WithoutTheSystemKey_Is401ProblemDetails(string? key)
    {
        // Arrange
        using var client = _app.CreateClient(key);

        // Act
        using var response = await client.GetAsync("/runtime/webhooks/durabletask/instances");

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ManagementRoute_WithTheFunctionKey_Is401_AndWithTheSystemKeyIs200()
    {
        // Arrange
        using var functionClient = _app.CreateClient(FunctionAppFactory.FunctionKey);
        using var systemClient = _app.CreateClient(FunctionAppFactory.SystemKey);

        // Act
        using var withFunctionKey = await functionClient.GetAsync("/runtime/webhooks/durabletask/instances");
        using var withSystemKey = await systemClient.GetAsync("/runtime/webhooks/durabletask/instances");
        using var withCodeParameter = await _app.CreateClient(key: null).GetAsync($"/runtime/webhooks/durabletask/instances?code={FunctionAppFactory.SystemKey}");

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, withFunctionKey.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withSystemKey.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withCodeParameter.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(FunctionAppFactory.FunctionKey)]
    public async Task RouteWithABody_WithoutTheKeyItNeeds_Is401BeforeTheBodyIsRead(string? key)
    {
        // Arrange: no body at all, which the route's binding would answer with 400.
        using var client = _app.CreateClient(key);

        // Act
        using var response = await client.PostAsync("/admin/clock", content: null);

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task OpenApiDocument_WithTheFunctionKey_DescribesTheRoutes()
    {
        // Arrange
        using var client = _app.CreateClient(FunctionAppFactory.FunctionKey);

        // Act
        var document = await client.GetStringAsync("/openapi/v1.json");

        // Assert
        Assert.Contains("/runtime/webhooks/durabletask/instances/{instanceId}", document, StringComparison.Ordinal);
        Assert.Contains("\"openapi\"", document, StringComparison.Ordinal);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAndDeleteHubAsync();
}
