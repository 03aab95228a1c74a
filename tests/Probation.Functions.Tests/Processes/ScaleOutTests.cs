using System.Net;
using System.Text.Json;
using Probation.Functions.Orders;
using Xunit.Abstractions;

namespace Probation.Functions.Processes;

/// <summary>Two host processes on one task hub share the orders between them.</summary>
[Collection(HostProcessCollection.Name)]
public sealed class ScaleOutTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Orders = 40;

    private readonly TestTaskHub _hub = TestTaskHub.New();

    [Fact]
    public async Task TwoHostsOnOneHub_BothRunOrchestrationsAndEveryOrderCompletesItsScenario()
    {
        // Arrange: two hosts, each holding one of the hub's two control-queue partitions.
        await using var first = await ServiceHost.StartAsync(_hub.Settings);
        await using var second = await ServiceHost.StartAsync(_hub.Settings);
        await Eventually.TrueAsync(async () => (await HubState.PartitionOwnersAsync(_hub)).Count == 2, seconds: 60);
        ServiceHost[] hosts = [first, second];
        var orderIds = Enumerable.Range(0, Orders).Select(i => $"ORD-2026-{600_000 + i}").ToList();

        // Act: courts post to either host, then staff record a missed appointment on each order through either host.
        for (var i = 0; i < Orders; i++)
        {
            using var courts = hosts[i % 2].CreateClient(FunctionAppFactory.FunctionKey);
            using var accepted = await courts.PostJsonAsync("/api/orders", OrderSamples.CommunityOrder(orderIds[i]));
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        }

        using var system = first.CreateClient(FunctionAppFactory.SystemKey);
        foreach (var orderId in orderIds)
        {
            await Eventually.TrueAsync(() => HubState.IsIdleAsync(system, orderId), seconds: 120);
        }

        for (var i = 0; i < Orders; i++)
        {
            using var staff = hosts[(i + 1) % 2].CreateClient(FunctionAppFactory.FunctionKey);
            using var recorded = await staff.PostJsonAsync(
                $"/api/orders/{orderIds[i]}/appointments",
                """{ "eventId": "ev-1", "staffId": "S0042", "appointmentId": "APT-1", "date": "2026-12-29", "kind": "Supervision", "outcome": "MissedUnexplained" }""");
            Assert.Equal(HttpStatusCode.Accepted, recorded.StatusCode);
        }

        // Assert: every order took its event and issued its warning; both hosts ran orchestration steps.
        using var reader = second.CreateClient(FunctionAppFactory.FunctionKey);
        foreach (var orderId in orderIds)
        {
            await Eventually.TrueAsync(async () => await WarningsAsync(reader, orderId) == 1, seconds: 120);
        }

        var steps = hosts.Select(h => h.Output.Count(line => line.Contains("Executing 'OrderLifecycle' orchestration logic", StringComparison.Ordinal))).ToList();
        output.WriteLine($"Orchestration episodes per host: {string.Join(", ", steps)}.");
        Assert.All(steps, count => Assert.True(count > 0));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _hub.DeleteAsync();

    private static async Task<int> WarningsAsync(HttpClient staff, string orderId)
    {
        using var view = JsonDocument.Parse(await staff.GetStringAsync($"/api/orders/{orderId}"));
        return view.RootElement.GetProperty("warnings").GetArrayLength();
    }
}
