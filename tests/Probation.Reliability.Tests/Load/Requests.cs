using System.Collections.Concurrent;

namespace Probation.Reliability.Load;

/// <summary>Every request a workload made: its kind, its latency and its answer (0 when no answer came).</summary>
internal sealed class Requests
{
    private readonly ConcurrentQueue<(string Kind, double Milliseconds, int Status)> _made = new();

    public int Count => _made.Count;

    public void Add(string kind, TimeSpan elapsed, int status) => _made.Enqueue((kind, elapsed.TotalMilliseconds, status));

    /// <summary>Answers 500 and over, and requests that got no answer (the host gone, storage down).</summary>
    public int ServerErrors => _made.Count(r => r.Status >= 500);

    /// <summary>Answers 500: a fault of the service's own, never right (storage down is a 503).</summary>
    public int InternalErrors => _made.Count(r => r.Status == 500);

    public int NoAnswer => _made.Count(r => r.Status == 0);

    /// <summary>Answers that the workload did not expect: a 4xx other than the 404 of an order the queue has not taken in yet.</summary>
    public int ClientErrors => _made.Count(r => r.Status is >= 400 and < 500 && r.Status != 404);

    public string StatusCounts => string.Join(", ", _made.GroupBy(r => r.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}"));

    /// <summary>p50 and p99 per kind of request, over the answered ones.</summary>
    public string Latencies => string.Join("; ", _made.Where(r => r.Status > 0).GroupBy(r => r.Kind).OrderBy(g => g.Key).Select(g =>
    {
        var sorted = g.Select(r => r.Milliseconds).Order().ToArray();
        return $"{g.Key} n={sorted.Length} p50={Percentile(sorted, 0.50):F0} ms p99={Percentile(sorted, 0.99):F0} ms";
    }));

    internal static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
