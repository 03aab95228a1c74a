using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Probation.Functions.Orders;

namespace Probation.Functions.Hosting;

public sealed class LogPrivacyTests : IAsyncLifetime
{
    private readonly FunctionAppFactory _app = new();
    private readonly LogCapture _logs = new();

    [Fact]
    public async Task Logs_OrderPostedAndPolledWithKeysInTheQuery_HoldNoKeyNameOrBirthDateButDoListTheRequests()
    {
        // Arrange
        var host = _app.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.AddProvider(_logs)));
        using var courts = host.CreateClient();
        courts.DefaultRequestHeaders.Add("x-functions-key", FunctionAppFactory.FunctionKey);
        using var anonymous = host.CreateClient();
        using var system = host.CreateClient();
        system.DefaultRequestHeaders.Add("x-functions-key", FunctionAppFactory.SystemKey);
        var orderId = OrderSamples.NewOrderId();
        var order = OrderSamples.CommunityOrder(orderId, document =>
        {
            document["person"]!["givenName"] = "Zebedee";
            document["person"]!["familyName"] = "Quillfeather";
            document["person"]!["dateOfBirth"] = "1987-06-05";
        });

        // Act
        using var posted = await courts.PostJsonAsync("/api/orders", order);
        await system.SettleAsync();
        using var status = await anonymous.GetAsync(posted.Headers.Location);
        using var wrongKey = await anonymous.GetAsync($"/api/orders/{orderId}?code=not-the-key-4711");

        // Assert
        Assert.Equal(HttpStatusCode.Accepted, status.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongKey.StatusCode);
        var lines = _logs.Lines.ToArray();
        Assert.Contains(lines, line => line.Contains($"GET /runtime/webhooks/durabletask/instances/order-{orderId} answered 202", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains($"GET /api/orders/{orderId} answered 401", StringComparison.Ordinal));
        foreach (var secret in new[] { FunctionAppFactory.SystemKey, FunctionAppFactory.FunctionKey, "not-the-key-4711", "Zebedee", "Quillfeather", "1987-06-05" })
        {
            Assert.DoesNotContain(lines, line => line.Contains(secret, StringComparison.Ordinal));
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAndDeleteHubAsync();
}
