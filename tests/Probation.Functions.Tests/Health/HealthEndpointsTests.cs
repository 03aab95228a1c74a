using System.Net;
using System.Net.Http.Json;

namespace Probation.Functions.Health;

public sealed class HealthEndpointsTests : IAsyncLifetime
{
    private readonly FunctionAppFactory _app = new();

    [Fact]
    public async Task GetHealth_WithoutAKey_ReportsStorageReachable()
    {
        // Arrange
        using var client = _app.CreateClient(key: null);

        // Act
        using var response = await client.GetAsync("/health");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new HealthReport("Healthy", "reachable"), await response.Content.ReadFromJsonAsync<HealthReport>());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAndDeleteHubAsync();
}
