using Durable.Bench.Scenarios;

namespace Durable.Bench;

/// <summary>Runs the chosen scenarios after a warm-up and prints the results.</summary>
internal static class BenchRun
{
    public static async Task<int> RunAsync(BenchSettings settings)
    {
        Console.WriteLine($"Durable runtime benchmark: {Environment.ProcessorCount} cores, .NET {Environment.Version}, backend {settings.Backend}.");
        var (results, baseline) = settings.Backend == "azurestorage"
            ? await AzureStorageBench.RunAsync(settings)
            : await InMemoryAsync(settings);
        Report.Print(results, baseline);
        return 0;
    }

    /// <summary>Runs a measurement several times and keeps the median, noted with the spread.</summary>
    public static async Task<Measurement> MedianAsync(int runs, Func<int, Task<Measurement>> measure)
    {
        var all = new List<Measurement>(runs);
        for (var run = 0; run < runs; run++)
        {
            all.Add(await measure(run));
        }

        all.Sort((a, b) => a.Elapsed.CompareTo(b.Elapsed));
        var median = all[all.Count / 2];
        return median with { Note = $"median of {runs} runs; fastest {all[0].PerSecond:N0}/s, slowest {all[^1].PerSecond:N0}/s. {median.Note}".TrimEnd() };
    }

    private static async Task<(List<Measurement>, Measurement?)> InMemoryAsync(BenchSettings settings)
    {
        var results = new List<Measurement>();
        Measurement? baseline = null;
        if (settings.Includes("hello") || settings.Includes("fanout"))
        {
            await using var runtime = await BenchRuntime.StartInMemoryAsync(TimeProvider.System, tasks =>
            {
                HelloCities.Register(tasks);
                FanOutFanIn.Register(tasks);
            });
            await HelloCities.RunAsync(runtime, Math.Min(200, settings.Orchestrations), "warmup");
            if (settings.Includes("hello"))
            {
                baseline = await MedianAsync(settings.Runs, _ => QueueHopBaseline.RunAsync(settings.Orchestrations, Environment.ProcessorCount * 16));
                results.Add(baseline);
                results.Add(await MedianAsync(settings.Runs, run => HelloCities.RunAsync(runtime, settings.Orchestrations, $"hello{run}")));
            }

            if (settings.Includes("fanout"))
            {
                results.Add(await MedianAsync(settings.Runs, _ => FanOutFanIn.RunAsync(runtime, settings.FanOut)));
            }
        }

        if (settings.Includes("timers"))
        {
            results.AddRange(await LongTimers.RunAsync(settings.Timers));
        }

        return (results, baseline);
    }
}
