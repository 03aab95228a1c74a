using System.Globalization;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Probation.Functions.Engine;
using Probation.Functions.Orders;
using Probation.Functions.Storage;

namespace Probation.Bench;

/// <summary>
/// (c) The order workload on the real host over HTTP: orders posted at a fixed rate until each view has its T-FIRST
/// duty, then a burst of staff events until each view shows it; (d) the storage requests the host sent meanwhile, the
/// app's and the engine's, per business event. One order and one event go first to warm up, uncounted.
/// </summary>
internal sealed class OrdersBench(BenchSettings settings, TimeProvider time)
{
    private const int EventConcurrency = 16;

    public async Task<ScenarioResult> RunAsync(BenchTaskHub hub, CancellationToken cancellationToken)
    {
        var app = await OrderHost.StartAsync(hub, cancellationToken).ConfigureAwait(false);
        await using (app.ConfigureAwait(false))
        {
            try
            {
                using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
                http.DefaultRequestHeaders.Add("x-functions-key", BenchTaskHub.FunctionKey);
                var tables = new TableServiceClient(hub.ConnectionString);
                var watcher = new ViewWatcher(tables.GetTableClient(hub.Tables.OrderViews), new OrderViewStore(tables, hub.Tables, new CaseloadIndex(tables, hub.Tables)), time);
                var consumer = new NotificationConsumer(hub.StaffNotifications, time);
                await using (watcher.ConfigureAwait(false))
                await using (consumer.ConfigureAwait(false))
                {
                    var workload = new OrderWorkload(http, watcher, new OrderDocuments(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)), time, settings.Timeout);
                    await workload.PostOrderAsync(0, cancellationToken).ConfigureAwait(false);
                    await workload.PostEventAsync(0, 0, gate: null, cancellationToken).ConfigureAwait(false);

                    var counter = app.Services.GetRequiredService<StorageRequestCounter>();
                    var start = RequestSnapshot.Of(counter);
                    var ordersStarted = time.GetTimestamp();
                    var orders = await workload.PostOrdersAsync(settings.Orders, settings.Rate, cancellationToken).ConfigureAwait(false);
                    var afterOrders = RequestSnapshot.Of(counter);
                    var eventsStarted = time.GetTimestamp();
                    var events = await workload.PostEventsAsync(settings.Events, settings.Orders, EventConcurrency, cancellationToken).ConfigureAwait(false);
                    var afterEvents = RequestSnapshot.Of(counter);

                    var engine = app.Services.GetRequiredService<IOptions<EngineOptions>>().Value;
                    var result = Report(orders, ordersStarted, events, eventsStarted, afterOrders.Since(start), afterEvents.Since(afterOrders), afterEvents.Since(start), engine);
                    var (scans, mean) = watcher.Scans;
                    return result with
                    {
                        Notes =
                        [
                            .. result.Notes,
                            string.Create(CultureInfo.InvariantCulture, $"(c) The bench scanned the views {scans:N0} times, {mean.TotalMilliseconds:N0} ms a scan on average."),
                            string.Create(CultureInfo.InvariantCulture, $"(c) A consumer took {consumer.Taken:N0} staff-notifications messages off the queue meanwhile, as staff systems do; its requests are not counted."),
                        ],
                    };
                }
            }
            finally
            {
                await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    private ScenarioResult Report(
        Timing[] orders, long ordersStarted, Timing[] events, long eventsStarted,
        RequestSnapshot orderRequests, RequestSnapshot eventRequests, RequestSnapshot allRequests, EngineOptions engine)
    {
        var rate = settings.Rate > 0 ? string.Create(CultureInfo.InvariantCulture, $"{settings.Rate:0.##}/s") : "all at once";
        var businessEvents = orders.Length + events.Length;
        List<Figure> figures =
        [
            new("orders.throughput", $"(c) orders posted at {rate} until T-FIRST shows", Throughput(orders, ordersStarted), "orders/s", FigureKind.Throughput),
            Latency("orders.intake.p50", "(c) order intake, POST to 202, p50", orders.Select(t => t.Accepted), 50),
            Latency(FigureKeys.OrderIntakeP99, "(c) order intake, POST to 202, p99", orders.Select(t => t.Accepted), 99),
            Latency("orders.visible.p50", "(c) order POST to T-FIRST in its view, p50", Visible(orders), 50),
            Latency("orders.visible.p99", "(c) order POST to T-FIRST in its view, p99", Visible(orders), 99),
            new(FigureKeys.StaffEvents, $"(c) staff events, {events.Length} at once, until each shows", Throughput(events, eventsStarted), "events/s", FigureKind.Throughput),
            Latency("events.accepted.p99", "(c) staff event POST to 202, p99", events.Select(t => t.Accepted), 99),
            Latency("events.visible.p50", "(c) staff event POST to its view showing it, p50", Visible(events), 50),
            Latency("events.visible.p99", "(c) staff event POST to its view showing it, p99", Visible(events), 99),
            new("requests.business", "(d) storage requests per business event", (double)allRequests.Total / businessEvents, "requests", FigureKind.Requests),
            new("requests.order", "(d) storage requests per order", (double)orderRequests.Total / orders.Length, "requests", FigureKind.Requests),
            new("requests.event", "(d) storage requests per staff event", (double)eventRequests.Total / events.Length, "requests", FigureKind.Requests),
        ];
        List<string> notes =
        [
            "(c) " + EngineDescription.Of(engine),
            string.Create(CultureInfo.InvariantCulture,
                $"(c) {orders.Count(t => t.SeenAt is not null)} of {orders.Length} orders showed T-FIRST, {events.Count(t => t.SeenAt is not null)} of {events.Length} staff events showed, within {settings.Timeout.TotalSeconds:N0} s each; at most {EventConcurrency} staff event POSTs in flight."),
            string.Create(CultureInfo.InvariantCulture,
                $"(c) The bench reads the published views' revisions every {ViewWatcher.ScanInterval.TotalMilliseconds:N0} ms and the views that changed (GET shows a preview before the first publication); these reads are not counted."),
            "(d) orders: " + orderRequests.Describe(orders.Length),
            "(d) per order, app: " + orderRequests.DescribeOperations(StorageCaller.App, orders.Length),
            "(d) per order, engine: " + orderRequests.DescribeOperations(StorageCaller.Engine, orders.Length),
            "(d) staff events: " + eventRequests.Describe(events.Length),
            "(d) per staff event, app: " + eventRequests.DescribeOperations(StorageCaller.App, events.Length),
            "(d) per staff event, engine: " + eventRequests.DescribeOperations(StorageCaller.Engine, events.Length),
        ];
        return new ScenarioResult(figures, notes);
    }

    /// <summary>Shown per second, from the phase's start to the last one seen.</summary>
    private double Throughput(Timing[] timings, long started)
    {
        var seen = timings.Where(t => t.SeenAt is not null).Select(t => t.SeenAt!.Value).ToList();
        return seen.Count == 0 ? 0 : seen.Count / time.GetElapsedTime(started, seen.Max()).TotalSeconds;
    }

    private static IEnumerable<TimeSpan> Visible(Timing[] timings) => timings.Where(t => t.Visible is not null).Select(t => t.Visible!.Value);

    private static Figure Latency(string key, string label, IEnumerable<TimeSpan> values, double percentile) =>
        new(key, label, Percentiles.Of(values.Select(v => v.TotalMilliseconds), percentile), "ms", FigureKind.Latency);
}
