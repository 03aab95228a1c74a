using System.Diagnostics;
using Durable;
using Durable.Client;
using Durable.Testing;
using Durable.Worker;
using Probation.Orders.Calendar;
using Probation.Orders.Documents;
using Probation.Orders.Lifecycle;
using Probation.Orders.Orchestrators;
using Probation.Orders.Policy;

namespace Probation.Orders.Simulation;

/// <summary>
/// Runs the orders through the simulated days on the in-memory backend and a virtual clock: each day the clock moves to
/// 06:00 UTC (wake-ups fire), then to 10:00 UTC, when new orders arrive and staff record what they planned.
/// </summary>
internal sealed class SimulationRunner(SimulationSettings settings)
{
    private const int WakeUpHour = LondonTime.WakeUpHourUtc;
    private const int OfficeHour = 10;

    public async Task<SimulationResult> RunAsync(Action<int> dayDone)
    {
        var clock = Stopwatch.StartNew();
        var calendar = WorkingDayCalendar.FromEmbeddedData();
        var dice = new Dice(settings.Seed);
        var factory = new OrderFactory(dice, calendar, settings);
        var world = new SimulationWorld(dice, calendar, new ActionBook(), settings, factory);
        var cases = Enumerable.Range(0, settings.Orders).Select(i => new CaseAgent(i, factory.Create(i), world)).ToList();
        var store = new SimulatedStore(cases.ToDictionary(c => c.Order.OrderId.Value));
        var arrivals = cases.ToLookup(c => c.Order.SentenceDate);
        await using var host = await DurableTestHost.StartAsync(tasks => tasks.AddOrderLifecycle(calendar, store), HostOptions());
        long raised = 0, refused = 0, peakHeap = 0;
        for (var day = 0; day < settings.Days; day++)
        {
            var date = settings.Start.AddDays(day);
            await host.AdvanceToAsync(At(date, WakeUpHour));
            await host.AdvanceToAsync(At(date, OfficeHour));
            foreach (var arriving in arrivals[date])
            {
                await StartAsync(host.Client, arriving.Order);
            }

            foreach (var planned in world.Book.Take(date))
            {
                var agent = cases[planned.OrderIndex];
                if (!agent.ShouldRaise(planned))
                {
                    refused++;
                    continue;
                }

                try
                {
                    await host.Client.RaiseEventAsync(OrderInstance.IdFor(agent.Order.OrderId), planned.Name, planned.Event);
                    raised++;
                }
                catch (OrchestrationStatusConflictException)
                {
                    // An earlier event of the same day ended the order: the HTTP layer answers 409.
                    refused++;
                }
            }

            await host.WaitForIdleAsync();
            peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(forceFullCollection: false));
            dayDone(day + 1);
        }

        var phases = cases.GroupBy(c => c.Latest?.Phase ?? OrderPhase.Community).ToDictionary(g => g.Key, g => g.Count());
        var compliance = ComplianceTable.From(cases.Select(c => c.Latest).OfType<Views.OrderView>(), settings.End);
        using var process = Process.GetCurrentProcess();
        return new SimulationResult(settings, compliance, phases, raised, refused, store, clock.Elapsed, process.PeakWorkingSet64, peakHeap);
    }

    private DurableTestHostOptions HostOptions() => new()
    {
        Start = At(settings.Start.AddDays(-1), 0),
        Worker = new DurableTaskWorkerOptions
        {
            MaxConcurrentOrchestrations = settings.Workers,
            MaxConcurrentActivities = 4 * settings.Workers,
            ShutdownGracePeriod = TimeSpan.Zero,
        },
        Timeout = TimeSpan.FromMinutes(30),
    };

    private static Task StartAsync(DurableTaskClient client, OrderDocument order) =>
        client.ScheduleNewOrchestrationInstanceAsync(
            OrderInstance.OrchestratorName,
            new OrderLifecycleInput(order, NationalStandardsPolicy.Seeded),
            new StartOrchestrationOptions(OrderInstance.IdFor(order.OrderId)));

    private static DateTimeOffset At(DateOnly date, int hour) => new(date.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero);
}
