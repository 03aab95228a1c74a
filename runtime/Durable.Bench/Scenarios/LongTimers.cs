using System.Diagnostics;
using Durable.Client;
using Durable.Time;

namespace Durable.Bench.Scenarios;

/// <summary>
/// Many instances each waiting on a 16-week timer (a review cycle): the memory an idle instance costs, then how fast the
/// timers fire when the virtual clock moves past them.
/// </summary>
internal static class LongTimers
{
    public const string Orchestrator = "SixteenWeekReview";

    public static readonly TimeSpan Wait = TimeSpan.FromDays(16 * 7);

    public static void Register(DurableTaskRegistry tasks) => tasks
        .AddOrchestrator<object?, DateTime>(Orchestrator, async (context, _) =>
        {
            await context.CreateTimer(Wait, CancellationToken.None);
            return context.CurrentUtcDateTime;
        });

    public static async Task<IReadOnlyList<Measurement>> RunAsync(int instances)
    {
        var clock = new VirtualTimeProvider(new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.Zero));
        await using var runtime = await BenchRuntime.StartInMemoryAsync(clock, Register);
        var before = ManagedBytes();
        var scheduling = Stopwatch.StartNew();
        var ids = new List<string>(instances);
        for (var i = 0; i < instances; i++)
        {
            ids.Add(await runtime.Client.ScheduleNewOrchestrationInstanceAsync(Orchestrator, null, new StartOrchestrationOptions($"review-{i:D7}")));
        }

        await runtime.Backend.WaitForIdleAsync();
        scheduling.Stop();
        var perInstance = (ManagedBytes() - before) / (double)instances;

        var firing = Stopwatch.StartNew();
        await new VirtualClockDriver(clock, runtime.Backend).AdvanceByAsync(Wait + TimeSpan.FromSeconds(1));
        firing.Stop();
        await runtime.WaitForAllAsync(ids);
        return
        [
            new Measurement($"{instances} instances started, each now waiting 16 weeks", "instances", instances, scheduling.Elapsed,
                $"{perInstance:N0} bytes of managed memory per idle instance"),
            new Measurement($"Clock advanced past {instances} 16-week timers", "timers fired", instances, firing.Elapsed),
        ];
    }

    private static long ManagedBytes()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
