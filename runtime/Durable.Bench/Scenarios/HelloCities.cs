using System.Diagnostics;
using Durable.Client;

namespace Durable.Bench.Scenarios;

/// <summary>
/// HelloCities5, the scenario Netherite's and Durable Functions' published figures use: orchestrations of five
/// sequential activity calls. Each call is two activity events (scheduled, completed), ten per orchestration.
/// </summary>
internal static class HelloCities
{
    public const string Orchestrator = "HelloCities5";
    public const string Activity = "SayHello";

    public static readonly string[] Cities = ["Tokyo", "Seattle", "London", "Cairo", "Lima"];

    public static int EventsPerOrchestration => Cities.Length * 2;

    public static string SayHello(string city) => $"Hello {city}!";

    public static void Register(DurableTaskRegistry tasks) => tasks
        .AddActivity<string, string>(Activity, (_, city) => SayHello(city))
        .AddOrchestrator<object?, List<string>>(Orchestrator, async (context, _) =>
        {
            var greetings = new List<string>(Cities.Length);
            foreach (var city in Cities)
            {
                greetings.Add(await context.CallActivityAsync<string>(Activity, city));
            }

            return greetings;
        });

    public static async Task<Measurement> RunAsync(BenchRuntime runtime, int orchestrations, string label)
    {
        var clock = Stopwatch.StartNew();
        var ids = Enumerable.Range(0, orchestrations).Select(i => $"{label}-{i:D6}").ToList();

        // Court systems post orders concurrently; so does the benchmark.
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (id, token) =>
            await runtime.Client.ScheduleNewOrchestrationInstanceAsync(Orchestrator, null, new StartOrchestrationOptions(id), token));
        await runtime.WaitForAllAsync(ids);
        clock.Stop();
        return new Measurement($"HelloCities5 x {orchestrations} ({runtime.BackendName})", "activity events", orchestrations * EventsPerOrchestration, clock.Elapsed);
    }
}
