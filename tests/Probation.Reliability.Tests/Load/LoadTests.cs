using Probation.Reliability.Samples;
using Probation.Reliability.Suite;
using Xunit.Abstractions;

namespace Probation.Reliability.Load;

/// <summary>
/// Part 2 of issue 11: a sustained mix of order posts (HTTP and queue), staff events and status polls at a rate the
/// bench showed the host holds (intake at 10 orders/s, staff events at 10-14/s, on fresh tables; here 0.5 orders/s for
/// ten minutes, 2 in the short form, each with one event and two polls), then every order against one that ran unloaded.
/// </summary>
[Collection(ReliabilityCollection.Name)]
public sealed class LoadTests(PrivateAzurite storage, ITestOutputHelper output)
{
    [Fact]
    public async Task SustainedMix_HasNoErrors_AndEveryOrderEndsAsTheUnloadedOne()
    {
        // Arrange
        var size = SuiteSize.Current;
        var figures = new Figures(output, "load");
        var hub = await HubNames.NewAsync(storage, "rload");
        var samples = new SampleOrders(seed: 2);
        await using var host = await ServiceHost.StartAsync(hub.Settings);
        var control = await ControlOrder.RunAsync(host, samples, "ORD-CONTROL-1");
        var workload = new Workload(new HostPool(host.Address), hub, samples, "ORD-LOAD");

        // Act
        var started = DateTime.UtcNow;
        await workload.RunAsync(size.LoadDuration, size.LoadOrdersPerSecond);
        var elapsed = DateTime.UtcNow - started;
        using var system = host.CreateClient(Keys.System);
        var audit = await OrderAudit.RunAsync(system, hub, control, workload.OrderIds, workload.QueuedMessages);

        // Assert
        var requests = workload.Requests;
        figures.Add("duration, rate", $"{elapsed.TotalSeconds:F0} s at {size.LoadOrdersPerSecond} orders/s ({requests.Count / elapsed.TotalSeconds:F1} requests/s)");
        figures.Add("requests", requests.Count);
        figures.Add("answers by status (0 = no answer)", requests.StatusCounts);
        figures.Add("errors (5xx, no answer, unexpected 4xx)", requests.ServerErrors + requests.NoAnswer + requests.ClientErrors);
        figures.Add("latency", requests.Latencies);
        figures.Add("order accepted to its event accepted (s), p50 / p99 / max", workload.StartWaitFigure);
        audit.Report(figures);
        Assert.Equal(0, requests.ServerErrors + requests.NoAnswer + requests.ClientErrors);
        audit.AssertNothingLostOrStoredTwice();
        Assert.Equal(0, audit.NotificationsRepeated);
        Assert.Empty(LogScan.Leaks(host.Output, [.. Keys.All, .. samples.PersonalData]));
    }
}
