using System.Net;
using System.Text;
using Probation.Orders.Identifiers;
using Probation.Orders.Rules;
using Probation.Orders.Views;

namespace Probation.Bench;

/// <summary>
/// Posts orders and staff events to the host over HTTP, as court systems and staff do, and times each until the
/// order's published view shows it: an order when its view has its first-appointment duty (T-FIRST), a staff event
/// when the view lists its event id among those the order has taken.
/// </summary>
internal sealed class OrderWorkload(HttpClient http, ViewWatcher watcher, OrderDocuments documents, TimeProvider time, TimeSpan timeout)
{
    /// <summary>
    /// Orders 1 to <paramref name="count"/>, <paramref name="rate"/> a second (all at once for 0), each sent on its
    /// schedule whether or not the earlier ones have been answered, as independent court systems would.
    /// </summary>
    public async Task<Timing[]> PostOrdersAsync(int count, double rate, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var posts = new List<Task<Timing>>(count);
        for (var n = 1; n <= count; n++)
        {
            var wait = rate > 0 ? TimeSpan.FromSeconds((n - 1) / rate) - time.GetElapsedTime(started) : TimeSpan.Zero;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }

            posts.Add(PostOrderAsync(n, cancellationToken));
        }

        return await Task.WhenAll(posts).ConfigureAwait(false);
    }

    /// <summary>Staff events 1 to <paramref name="count"/>, round the orders, all at once with at most <paramref name="concurrency"/> POSTs in flight.</summary>
    public async Task<Timing[]> PostEventsAsync(int count, int orders, int concurrency, CancellationToken cancellationToken)
    {
        using var gate = new SemaphoreSlim(concurrency);
        return await Task.WhenAll(Enumerable.Range(1, count).Select(i => PostEventAsync(i, 1 + ((i - 1) % orders), gate, cancellationToken))).ConfigureAwait(false);
    }

    public Task<Timing> PostOrderAsync(int n, CancellationToken cancellationToken) =>
        PostAsync("/api/orders", documents.Order(n), OrderDocuments.OrderId(n), view => view.Duties.Any(d => d.RuleId == RuleIds.FirstAppointment), gate: null, cancellationToken);

    public Task<Timing> PostEventAsync(int i, int order, SemaphoreSlim? gate, CancellationToken cancellationToken)
    {
        var eventId = new EventId(OrderDocuments.EventId(i));
        var orderId = OrderDocuments.OrderId(order);
        return PostAsync($"/api/orders/{orderId}/appointments", documents.Appointment(i), orderId, view => view.RecentEventIds.Contains(eventId), gate, cancellationToken);
    }

    private async Task<Timing> PostAsync(string path, string body, string orderId, Func<OrderView, bool> shows, SemaphoreSlim? gate, CancellationToken cancellationToken)
    {
        long sent;
        TimeSpan accepted;
        if (gate is not null)
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            sent = time.GetTimestamp();
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            using var response = await http.PostAsync(new Uri(path, UriKind.Relative), content, cancellationToken).ConfigureAwait(false);
            accepted = time.GetElapsedTime(sent);
            if (response.StatusCode != HttpStatusCode.Accepted)
            {
                var problem = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                throw new InvalidOperationException($"POST {path} answered {(int)response.StatusCode}, not 202: {problem}");
            }
        }
        finally
        {
            gate?.Release();
        }

        using var expiry = new CancellationTokenSource(timeout, time);
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, expiry.Token);
        try
        {
            var seen = await watcher.WaitAsync(orderId, shows, waiting.Token).ConfigureAwait(false);
            return new Timing(accepted, seen, time.GetElapsedTime(sent, seen));
        }
        catch (OperationCanceledException) when (expiry.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return new Timing(accepted, null, null);
        }
    }
}
