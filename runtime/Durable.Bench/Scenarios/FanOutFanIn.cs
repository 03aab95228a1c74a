using System.Diagnostics;

namespace Durable.Bench.Scenarios;

/// <summary>One orchestration that calls N activities at once and sums their results.</summary>
internal static class FanOutFanIn
{
    public const string Orchestrator = "FanOutFanIn";
    public const string Activity = "Weigh";

    public static void Register(DurableTaskRegistry tasks) => tasks
        .AddActivity<int, long>(Activity, (_, n) => n)
        .AddOrchestrator<int, long>(Orchestrator, async (context, count) =>
            (await Task.WhenAll(Enumerable.Range(0, count).Select(n => context.CallActivityAsync<long>(Activity, n)))).Sum());

    public static async Task<Measurement> RunAsync(BenchRuntime runtime, int activities)
    {
        var clock = Stopwatch.StartNew();
        var id = await runtime.Client.ScheduleNewOrchestrationInstanceAsync(Orchestrator, activities);
        var output = await runtime.WaitForOutputAsync<long>(id);
        clock.Stop();
        var expected = (long)activities * (activities - 1) / 2;
        if (output != expected)
        {
            throw new InvalidOperationException($"Fan-out summed {output}, expected {expected}.");
        }

        return new Measurement($"Fan-out/fan-in 1 x {activities} ({runtime.BackendName})", "activities", activities, clock.Elapsed);
    }
}
