using System.Diagnostics.CodeAnalysis;

namespace Probation.Orders.Simulation;

/// <summary>
/// What happens next in the simulated world, in business-time order: each day the wake-ups due, then the orders
/// arriving, then the staff events planned; within a slot by order, and an order's events in the order it planned them.
/// That order alone decides a run, so a seed gives the same figures every time.
/// </summary>
internal sealed class Agenda
{
    private readonly PriorityQueue<AgendaEntry, (DateOnly On, AgendaSlot Slot, int OrderIndex, int Sequence)> _entries = new();
    private readonly Dictionary<int, DateOnly> _wakeUps = [];

    /// <summary>Plans a staff event; cases call it as they read each published view.</summary>
    public void Add(PlannedEvent planned) =>
        Enqueue(new AgendaEntry(planned.On, AgendaSlot.StaffEvent, planned.OrderIndex, planned), planned.Sequence);

    public void Arrive(int orderIndex, DateOnly on) => Enqueue(new AgendaEntry(on, AgendaSlot.Arrival, orderIndex), 0);

    /// <summary>
    /// Books the next wake-up of order <paramref name="orderIndex"/> on <paramref name="on"/>, or none when null. It
    /// replaces the one booked before, as the orchestration's next timer replaces the last: only the latest booking is
    /// taken.
    /// </summary>
    public void WakeUp(int orderIndex, DateOnly? on)
    {
        if (on is not { } date)
        {
            _wakeUps.Remove(orderIndex);
        }
        else if (!_wakeUps.TryGetValue(orderIndex, out var booked) || booked != date)
        {
            _wakeUps[orderIndex] = date;
            Enqueue(new AgendaEntry(date, AgendaSlot.WakeUp, orderIndex), 0);
        }
    }

    /// <summary>Takes the next entry, passing over wake-ups that a later booking replaced.</summary>
    public bool TryTake([MaybeNullWhen(false)] out AgendaEntry entry)
    {
        while (_entries.TryDequeue(out entry, out _))
        {
            if (entry.Slot != AgendaSlot.WakeUp)
            {
                return true;
            }

            if (_wakeUps.TryGetValue(entry.OrderIndex, out var booked) && booked == entry.On)
            {
                _wakeUps.Remove(entry.OrderIndex);
                return true;
            }
        }

        return false;
    }

    private void Enqueue(AgendaEntry entry, int sequence) => _entries.Enqueue(entry, (entry.On, entry.Slot, entry.OrderIndex, sequence));
}
