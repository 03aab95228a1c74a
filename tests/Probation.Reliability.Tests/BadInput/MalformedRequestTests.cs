using System.Collections.Concurrent;
using System.Net;
using Probation.Reliability.Samples;
using Probation.Reliability.Suite;
using Xunit.Abstractions;

namespace Probation.Reliability.BadInput;

/// <summary>Part 1 of issue 11 over HTTP: generated bad requests on every route; no 5xx, problem details naming the field, a healthy host.</summary>
[Collection(ReliabilityCollection.Name)]
public sealed class MalformedRequestTests(PrivateAzurite storage, ITestOutputHelper output)
{
    private const int InFlight = 8;
    private const int Seed = 11;

    [Fact]
    public async Task MalformedRequests_OnEveryRoute_AreNever5xxAndAlwaysProblemDetailsNamingTheField()
    {
        // Arrange: a host on a virtual clock (so /admin/clock exists too) with one order the requests can aim at.
        var figures = new Figures(output, "bad requests");
        var hub = await HubNames.NewAsync(storage, "rbad");
        await using var host = await ServiceHost.StartAsync(hub.Settings, virtualClock: true);
        using var client = host.CreateClient(Keys.System);
        client.Timeout = TimeSpan.FromSeconds(20);
        var samples = new SampleOrders(Seed);
        const string existing = "ORD-2026-100001";
        using (var posted = await client.PostAsync("/api/orders", Json(samples.CommunityOrder(existing).ToJsonString())))
        {
            Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        }

        var generator = new MalformedRequests(Seed, existing);
        var requests = Enumerable.Range(0, SuiteSize.Current.MalformedRequests).Select(_ => generator.Next()).ToList();
        var statuses = new ConcurrentDictionary<int, int>();
        var faults = new ConcurrentBag<string>();
        var transport = new ConcurrentBag<string>();
        var refusedByKestrel = 0;

        // Act
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = InFlight }, async (request, cancellationToken) =>
        {
            try
            {
                using var message = request.ToMessage();
                using var response = await client.SendAsync(message, cancellationToken);
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
                if (ResponseCheck.IsRefusedByKestrel(request, (int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body))
                {
                    Interlocked.Increment(ref refusedByKestrel);
                }

                if (ResponseCheck.Fault(request, response.StatusCode, response.Content.Headers.ContentType?.MediaType, body) is { } fault)
                {
                    faults.Add($"{fault} for {request.Kind} ({request.Method} {Shorten(request.Path)}): {Shorten(body)}");
                }
            }
            catch (HttpRequestException exception) when (request.Kind.EndsWith("oversize", StringComparison.Ordinal))
            {
                // Kestrel may close the connection on a body it refuses while the client is still sending it.
                transport.Add($"{request.Kind}: {exception.Message}");
            }
            catch (TaskCanceledException)
            {
                faults.Add($"no answer in {client.Timeout.TotalSeconds} s for {request.Kind} ({request.Method} {Shorten(request.Path)}): {Shorten(System.Text.Encoding.UTF8.GetString(request.Body ?? []))}");
            }
        });
        using var health = await client.GetAsync("/health");

        // Assert
        figures.Add("requests tried", requests.Count);
        figures.Add("answers by status", string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}")));
        figures.Add("5xx seen", statuses.Where(s => s.Key >= 500).Sum(s => s.Value));
        figures.Add("answers not problem details naming the field", faults.Count);
        figures.Add("bare 400s from Kestrel (NUL in the path, before the app)", refusedByKestrel);
        figures.Add("oversize bodies cut off by the connection", transport.Count);
        figures.Add("host healthy afterwards", health.StatusCode == HttpStatusCode.OK);
        foreach (var group in faults.GroupBy(f => f[..f.IndexOf(':', StringComparison.Ordinal)]).OrderByDescending(g => g.Count()).Take(30))
        {
            output.WriteLine($"{group.Count()} x {group.First()}");
        }

        Assert.Empty(faults);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Empty(LogScan.Leaks(host.Output, [.. Keys.All, .. samples.PersonalData]));
    }

    private static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    private static string Shorten(string text) => text.Length > 160 ? text[..160] + "…" : text;
}
