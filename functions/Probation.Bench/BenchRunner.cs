using System.Globalization;
using Spectre.Console;

namespace Probation.Bench;

/// <summary>
/// Runs the chosen scenarios <see cref="BenchSettings.Runs"/> times, raw storage first so every ratio has its baseline,
/// each hosted scenario on a task hub of its own that is deleted afterwards; then reports the median of each figure.
/// </summary>
internal sealed class BenchRunner(BenchSettings settings, TimeProvider time, IAnsiConsole console)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var context = BenchContext.Capture(settings, time);
        var names = new BenchNames(time);
        var results = new List<(int Run, ScenarioResult Result)>();
        for (var run = 1; run <= settings.Runs; run++)
        {
            if (settings.Includes(BenchScenario.Raw))
            {
                Progress(run, $"(a) raw storage: {settings.RawCycles:N0} queue cycles and table inserts, one at a time and 8 at once");
                results.Add((run, await new RawStorageBench(settings, time).RunAsync(names.Next("BenchRaw"), cancellationToken).ConfigureAwait(false)));
            }

            if (settings.Includes(BenchScenario.Hello))
            {
                Progress(run, $"(b) HelloCities5: {settings.HelloInstances:N0} orchestrations × {HelloCities5.Activities} activities");
                results.Add((run, await OnFreshHubAsync(names.Next("BenchHello"), hub => new HelloBench(settings, time).RunAsync(hub, cancellationToken)).ConfigureAwait(false)));
            }

            if (settings.Includes(BenchScenario.Orders))
            {
                Progress(run, $"(c) orders: {settings.Orders:N0} orders, then {settings.Events:N0} staff events, over HTTP on the real host");
                results.Add((run, await OnFreshHubAsync(names.Next("BenchOrders"), hub => new OrdersBench(settings, time).RunAsync(hub, cancellationToken)).ConfigureAwait(false)));
            }
        }

        var notes = results.SelectMany(r => r.Result.Notes.Select(note => settings.Runs == 1 ? note : $"run {r.Run}: {note}")).ToList();
        BenchReport.Write(console, settings, context, Medians(results.Select(r => r.Result)), notes);
        return 0;
    }

    /// <summary>Each figure once, in the order first reported, with the median of its values over the runs.</summary>
    private static List<Figure> Medians(IEnumerable<ScenarioResult> results) =>
        [.. results.SelectMany(r => r.Figures).GroupBy(f => f.Key).Select(g => g.First() with { Value = Percentiles.Median(g.Select(f => f.Value)) })];

    private async Task<ScenarioResult> OnFreshHubAsync(string name, Func<BenchTaskHub, Task<ScenarioResult>> scenario)
    {
        using var hub = new BenchTaskHub(name, settings.ConnectionString, time);
        try
        {
            return await scenario(hub).ConfigureAwait(false);
        }
        finally
        {
            await hub.DeleteAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    private void Progress(int run, string scenario) =>
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{time.GetUtcNow():HH:mm:ss}] run {run}/{settings.Runs}: {scenario}"));
}
