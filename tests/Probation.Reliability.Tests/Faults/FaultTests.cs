using Probation.Reliability.Load;
using Probation.Reliability.Samples;
using Probation.Reliability.Suite;
using Xunit.Abstractions;

namespace Probation.Reliability.Faults;

/// <summary>
/// Part 3 of issue 11: faults in the middle of the workload. Afterwards every order is in the unloaded control's
/// state, no reminder is stored twice or missing, no court-orders message is lost, and no notification is queued twice
/// after a storage outage (a run marks what it has put once storage answers again). After a kill a notification may be
/// queued again: a queue put cannot be made idempotent, so a put whose "sent" mark the kill cut off goes out again when
/// the activity is retried (each at most twice, at most the activities in flight on the killed host).
/// </summary>
[Collection(ReliabilityCollection.Name)]
public sealed class FaultTests(PrivateAzurite storage, ITestOutputHelper output)
{
    [Fact]
    public async Task StorageStoppedAndRestartedMidLoad_NothingLostOrStoredTwice()
    {
        var hub = await HubNames.NewAsync(storage, "rstore");
        await using var host = await ServiceHost.StartAsync(hub.Settings);
        await RunAsync("fault: storage stopped", hub, [host], new HostPool(host.Address), mayRepeat: 0, async () =>
        {
            await storage.StopAsync();
            await Task.Delay(SuiteSize.Current.StorageOutage);
            await storage.StartAsync();
        });
    }

    [Fact]
    public async Task HostKilledMidLoadAndRestarted_NothingLostOrStoredTwice()
    {
        var hub = await HubNames.NewAsync(storage, "rkill");
        var first = await ServiceHost.StartAsync(hub.Settings);
        var pool = new HostPool(first.Address);
        ServiceHost? second = null;
        try
        {
            await RunAsync("fault: host killed", hub, [first], pool, mayRepeat: SuiteHub.MaxConcurrentActivities, async () =>
            {
                first.Kill();
                second = await ServiceHost.StartAsync(hub.Settings);
                pool.Set(second.Address);
            });
        }
        finally
        {
            await first.DisposeAsync();
            if (second is not null)
            {
                await second.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task OneOfTwoHostsKilledMidLoad_NothingLostOrStoredTwice()
    {
        var hub = await HubNames.NewAsync(storage, "rtwo");
        await using var first = await ServiceHost.StartAsync(hub.Settings);
        await using var second = await ServiceHost.StartAsync(hub.Settings);
        var pool = new HostPool(first.Address, second.Address);
        await RunAsync("fault: one of two hosts killed", hub, [first, second], pool, mayRepeat: SuiteHub.MaxConcurrentActivities, () =>
        {
            first.Kill();
            pool.Set(second.Address);
            return Task.CompletedTask;
        });
    }

    private async Task RunAsync(string part, SuiteHub hub, ServiceHost[] hosts, HostPool pool, int mayRepeat, Func<Task> fault)
    {
        // Arrange
        var size = SuiteSize.Current;
        var figures = new Figures(output, part);
        var samples = new SampleOrders(seed: 3);
        var control = await ControlOrder.RunAsync(hosts[^1], samples, "ORD-CONTROL-1");
        var workload = new Workload(pool, hub, samples, "ORD-FAULT");
        var expectedOrders = (int)(size.FaultLoadDuration.TotalSeconds * size.FaultOrdersPerSecond);

        // Act: the fault once half the orders are in.
        var running = workload.RunAsync(size.FaultLoadDuration, size.FaultOrdersPerSecond);
        await Eventually.TrueAsync(() => Task.FromResult(workload.OrderIds.Count >= expectedOrders / 2), seconds: 120);
        await fault();
        await running;
        var survivor = hosts.Where(h => !h.HasExited).Select(h => h.Address).FirstOrDefault() ?? pool.Next();
        using var system = new HttpClient { BaseAddress = survivor, Timeout = TimeSpan.FromSeconds(60) };
        system.DefaultRequestHeaders.Add("x-functions-key", Keys.System);
        var audit = await OrderAudit.RunAsync(system, hub, control, workload.OrderIds, workload.QueuedMessages);

        // Assert
        var requests = workload.Requests;
        figures.Add("requests", requests.Count);
        figures.Add("answers by status (0 = no answer)", requests.StatusCounts);
        figures.Add("5xx seen (during the fault; retried)", requests.ServerErrors);
        figures.Add("500s seen (storage down must be a 503)", requests.InternalErrors);
        figures.Add("latency", requests.Latencies);
        figures.Add("order accepted to its event accepted (s), p50 / p99 / max", workload.StartWaitFigure);
        audit.Report(figures);
        foreach (var orderId in audit.OrdersUnsettled.Take(3))
        {
            // What a stalled order and the hosts say about it, for whoever reads the failure.
            output.WriteLine(await system.GetStringAsync($"/runtime/webhooks/durabletask/instances/order-{orderId}?showHistory=true&showInput=false"));
            foreach (var line in hosts.SelectMany(h => h.Output).Where(l => l.Contains(orderId, StringComparison.Ordinal)).TakeLast(40))
            {
                output.WriteLine(line);
            }
        }

        if (audit.OrdersUnsettled.Count > 0)
        {
            await ControlQueues.DescribeAsync(hub, output);
        }

        audit.AssertNothingLostOrStoredTwice();
        Assert.InRange(audit.MostCopiesOfOne, 1, 2);
        Assert.InRange(audit.NotificationsRepeated, 0, mayRepeat);
        Assert.Equal(0, requests.ClientErrors);
        Assert.Equal(0, requests.InternalErrors);
        Assert.Empty(LogScan.Leaks(hosts.SelectMany(h => h.Output), [.. Keys.All, .. samples.PersonalData]));
    }
}
