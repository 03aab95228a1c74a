using System.Globalization;
using Probation.Orders.Calendar;
using Probation.Orders.Documents;
using Probation.Orders.Events;
using Probation.Orders.Identifiers;
using Probation.Orders.Lifecycle;
using Probation.Orders.Views;

namespace Probation.Orders.Simulation;

/// <summary>
/// The staff and the person behind one simulated order. Like real staff they work from the published order view:
/// each duty that appears is acted on by its due date, late or never, with the odds of <see cref="Rates"/>.
/// </summary>
internal sealed partial class CaseAgent(int index, OrderDocument order, SimulationWorld world)
{
    private readonly HashSet<string> _handled = [];
    private OrderView? _latest;
    private int _sequence;
    private int _period;

    public int Index => index;

    public OrderDocument Order => order;

    public OrderView? Latest => _latest;

    private Dice Dice => world.Dice;

    private WorkingDayCalendar Calendar => world.Calendar;

    /// <summary>Reads a newly published view and plans what staff and the person will do about it.</summary>
    public void Observe(OrderView view)
    {
        if (_latest is not null && view.Revision <= _latest.Revision)
        {
            return;
        }

        var previous = _latest;
        _latest = view;
        var today = LondonTime.DateOf(view.UpdatedAt);
        if (previous is null)
        {
            PlanLife(today);
        }

        if (view.Phase is OrderPhase.Community or OrderPhase.Licence && previous?.Phase != view.Phase)
        {
            PlanSupervision(view, today);
        }

        foreach (var duty in view.Duties.Where(d => d.State == DutyState.Open && _handled.Add(d.DutyId)))
        {
            PlanDuty(duty, view, today);
        }

        foreach (var breach in view.Breaches.Where(b => b.State == Enforcement.BreachState.Initiated && _handled.Add(b.BreachId)))
        {
            PlanCourt(breach, today);
        }
    }

    /// <summary>Whether staff would still record <paramref name="planned"/>: the HTTP layer's 409 check, and common sense.</summary>
    public bool ShouldRaise(PlannedEvent planned) =>
        _latest is { } view
        && (planned.Period is null || planned.Period == _period)
        && (planned.DutyId is null || view.Duties.Any(d => d.DutyId == planned.DutyId && d.State == DutyState.Open))
        && EventAdmission.Check(view, planned.Event).IsAccepted;

    private void Plan(DateOnly on, DateOnly today, string name, Func<EventId, DateOnly, IStaffEvent> make, string? dutyId = null, int? period = null)
    {
        var day = on > today ? on : today.AddDays(1);
        if (day >= world.Settings.End)
        {
            return;
        }

        var sequence = ++_sequence;
        var eventId = new EventId(string.Create(CultureInfo.InvariantCulture, $"sim-{index}-{sequence}"));
        world.Agenda.Add(new PlannedEvent(day, index, sequence, name, make(eventId, day), dutyId, period));
    }

    /// <summary>When staff act on something due on <paramref name="due"/>: on time, late, or (null) never.</summary>
    private DateOnly? ActOn(DateOnly due, DateOnly today, double onTime, string key)
    {
        var roll = Dice.Roll(index, "act", key);
        if (roll < onTime)
        {
            var room = Calendar.WorkingDaysBetween(today, due);
            return room <= 0 ? due : Calendar.AddWorkingDays(today, Dice.Between(1, room, index, "when", key));
        }

        return roll < onTime + ((1 - onTime) * Rates.LateRatherThanNever)
            ? Calendar.AddWorkingDays(due, Dice.Between(1, 10, index, "late by", key))
            : null;
    }
}
