using System.Diagnostics;
using Probation.Orders.Calendar;
using Probation.Orders.Lifecycle;
using Probation.Orders.Views;

namespace Probation.Orders.Simulation;

/// <summary>
/// Runs the orders through the simulated days on the pure order lifecycle, with no engine and no storage: each order's
/// state is advanced with <see cref="OrderStep"/> as its orchestration would advance it, in the order of the
/// <see cref="Agenda"/>. Orders wake up at 06:00 UTC; they arrive, and staff record what they planned, at 10:00 UTC.
/// </summary>
internal sealed class SimulationRunner(SimulationSettings settings)
{
    private const int OfficeHour = 10;

    public SimulationResult Run(Action<int> dayDone)
    {
        var clock = Stopwatch.StartNew();
        var calendar = WorkingDayCalendar.FromEmbeddedData();
        var dice = new Dice(settings.Seed);
        var factory = new OrderFactory(dice, calendar, settings);
        var agenda = new Agenda();
        var world = new SimulationWorld(dice, calendar, agenda, settings, factory);
        var cases = Enumerable.Range(0, settings.Orders).Select(i => new CaseAgent(i, factory.Create(i), world)).ToList();
        var store = new SimulatedStore(cases.ToDictionary(c => c.Order.OrderId.Value));
        var orders = cases.ConvertAll(c => new SimulatedOrder(c.Order, calendar, store));
        cases.ForEach(c => agenda.Arrive(c.Index, c.Order.SentenceDate));
        long raised = 0, refused = 0, peakHeap = 0;
        var day = 0;
        void FinishDaysBefore(DateOnly date)
        {
            for (; day < settings.Days && settings.Start.AddDays(day) < date; day++)
            {
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(forceFullCollection: false));
                dayDone(day + 1);
            }
        }

        while (agenda.TryTake(out var entry) && entry.On < settings.End)
        {
            FinishDaysBefore(entry.On);
            var order = orders[entry.OrderIndex];
            switch (entry)
            {
                case { Slot: AgendaSlot.WakeUp }:
                    order.WakeUp(LondonTime.WakeUpOn(entry.On));
                    break;
                case { Slot: AgendaSlot.Arrival }:
                    order.Start(AtOfficeHour(entry.On));
                    break;
                case { Slot: AgendaSlot.StaffEvent, Planned: { } planned } when cases[entry.OrderIndex].ShouldRaise(planned):
                    order.Receive(planned.Name, planned.Event, AtOfficeHour(entry.On));
                    raised++;
                    break;
                case { Slot: AgendaSlot.StaffEvent }:
                    refused++;
                    break;
            }

            agenda.WakeUp(entry.OrderIndex, order.NextWakeOn);
        }

        FinishDaysBefore(settings.End);
        var phases = cases.GroupBy(c => c.Latest?.Phase ?? OrderPhase.Community).ToDictionary(g => g.Key, g => g.Count());
        var compliance = ComplianceTable.From(cases.Select(c => c.Latest).OfType<OrderView>(), settings.End);
        using var process = Process.GetCurrentProcess();
        return new SimulationResult(settings, compliance, phases, raised, refused, store, clock.Elapsed, process.PeakWorkingSet64, peakHeap);
    }

    private static DateTime AtOfficeHour(DateOnly date) => date.ToDateTime(new TimeOnly(OfficeHour, 0), DateTimeKind.Utc);
}
