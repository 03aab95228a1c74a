using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Probation.Reliability.Samples;
using Probation.Reliability.Suite;

namespace Probation.Reliability.Load;

/// <summary>
/// A court and staff at a steady rate: orders posted over HTTP (four in five) or put on <c>court-orders</c>, each then
/// given one missed appointment by staff, and polled as integrators and staff do. Posts and events are retried as a
/// client would, through 5xx answers, lost connections and 404s (an order the queue has not taken in yet), until
/// accepted; polls are not. Every request is counted in <see cref="Requests"/>.
/// </summary>
internal sealed class Workload(HostPool hosts, SuiteHub hub, SampleOrders samples, string orderIdPrefix)
{
    // After a storage outage the framework's dispatcher waits 10 s after each work item until five in a row succeed, so
    // an order can take a while to start, and its event waits (503) until it has (SuiteHub says why the visibility
    // timeout matters here).
    private static readonly TimeSpan RetryFor = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan RetryPause = TimeSpan.FromSeconds(1);

    private readonly ConcurrentBag<string> _orders = [];
    private readonly ConcurrentBag<double> _startWaits = [];
    private readonly ConcurrentDictionary<string, string> _queued = new(StringComparer.Ordinal);
    private readonly HttpClient _client = new() { Timeout = TimeSpan.FromSeconds(30) };

    public Requests Requests { get; } = new();

    public IReadOnlyCollection<string> OrderIds => _orders;

    /// <summary>Seconds from an order's acceptance to its staff event's (how long it took to start): p50 / p99 / max.</summary>
    public string StartWaitFigure
    {
        get
        {
            var sorted = _startWaits.Order().ToArray();
            return sorted.Length == 0
                ? "none"
                : string.Create(CultureInfo.InvariantCulture, $"{Requests.Percentile(sorted, 0.50):F1} / {Requests.Percentile(sorted, 0.99):F1} / {sorted[^1]:F1}");
        }
    }

    /// <summary>The court-orders messages put: message id → order id.</summary>
    public IReadOnlyDictionary<string, string> QueuedMessages => _queued;

    /// <summary>Starts an order every 1/<paramref name="ordersPerSecond"/> s for <paramref name="duration"/>, and waits until each is accepted with its event.</summary>
    public async Task RunAsync(TimeSpan duration, double ordersPerSecond)
    {
        var flows = new List<Task>();
        var clock = Stopwatch.StartNew();
        for (var i = 0; clock.Elapsed < duration; i++)
        {
            var due = TimeSpan.FromSeconds(i / ordersPerSecond);
            if (due > clock.Elapsed)
            {
                // Pacing the load itself: the rate is the point.
                await Task.Delay(due - clock.Elapsed);
            }

            flows.Add(OrderFlowAsync($"{orderIdPrefix}-{i:D6}", viaQueue: i % 5 == 4));
        }

        await Task.WhenAll(flows);
    }

    private async Task OrderFlowAsync(string orderId, bool viaQueue)
    {
        var document = samples.CommunityOrder(orderId).ToJsonString();
        if (viaQueue)
        {
            await QueueAsync(orderId, document);
        }
        else
        {
            await UntilAsync("POST order", () => Post("/api/orders", document), s => s == HttpStatusCode.Accepted);
        }

        _orders.Add(orderId);
        var accepted = Stopwatch.GetTimestamp();
        await UntilAsync(
            "POST event", () => Post($"/api/orders/{orderId}/appointments", StaffEventSamples.MissedAppointment("ev-" + orderId)), s => s == HttpStatusCode.Accepted);
        _startWaits.Add(Stopwatch.GetElapsedTime(accepted).TotalSeconds);
        await OnceAsync("GET status", $"/runtime/webhooks/durabletask/instances/order-{orderId}?showInput=false", Keys.System);
        await OnceAsync("GET view", $"/api/orders/{orderId}", Keys.Function);
    }

    private async Task QueueAsync(string orderId, string document)
    {
        var queue = hub.Queue(hub.CourtOrdersQueue);
        var deadline = DateTime.UtcNow + RetryFor;
        while (true)
        {
            try
            {
                _queued[(await queue.SendMessageAsync(document)).Value.MessageId] = orderId;
                return;
            }
            catch (Exception exception) when (exception is Azure.RequestFailedException or AggregateException or TaskCanceledException && DateTime.UtcNow < deadline)
            {
                // Storage down: a court system puts it again.
                await Task.Delay(RetryPause);
            }
        }
    }

    private HttpRequestMessage Post(string path, string json) =>
        new(HttpMethod.Post, new Uri(hosts.Next(), path))
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
            Headers = { { "x-functions-key", Keys.Function } },
        };

    private async Task UntilAsync(string kind, Func<HttpRequestMessage> request, Func<HttpStatusCode, bool> accepted)
    {
        var deadline = DateTime.UtcNow + RetryFor;
        while (true)
        {
            var status = await SendAsync(kind, request());
            if (status is { } answered && (accepted(answered) || ((int)answered is >= 400 and < 500 && answered != HttpStatusCode.NotFound)))
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, $"{kind} not accepted in {RetryFor}: last {status}.");
            await Task.Delay(RetryPause);
        }
    }

    private async Task OnceAsync(string kind, string path, string key) =>
        await SendAsync(kind, new HttpRequestMessage(HttpMethod.Get, new Uri(hosts.Next(), path)) { Headers = { { "x-functions-key", key } } });

    private async Task<HttpStatusCode?> SendAsync(string kind, HttpRequestMessage request)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using (request)
            using (var response = await _client.SendAsync(request))
            {
                Requests.Add(kind, Stopwatch.GetElapsedTime(started), (int)response.StatusCode);
                return response.StatusCode;
            }
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            Requests.Add(kind, Stopwatch.GetElapsedTime(started), 0);
            return null;
        }
    }
}
