using Probation.Orders.Calendar;
using Probation.Orders.Documents;
using Probation.Orders.Events;
using Probation.Orders.Lifecycle;
using Probation.Orders.Policy;

namespace Probation.Orders.Simulation;

/// <summary>
/// One order's orchestration without an engine: the state <c>OrderLifecycle</c> carries from step to step, advanced
/// with <see cref="OrderStep"/>, and what each step produced sent to the store. Like the orchestration, it does nothing
/// more once the order has ended.
/// </summary>
internal sealed class SimulatedOrder(OrderDocument order, WorkingDayCalendar calendar, SimulatedStore store)
{
    private OrderState? _state;

    /// <summary>When the order next wakes up with no event; null before it arrives and once it has ended.</summary>
    public DateOnly? NextWakeOn => _state is { Outcome: null } state ? state.NextWakeOn() : null;

    /// <summary>The order arrives at <paramref name="now"/>.</summary>
    public void Start(DateTime now) => Apply(OrderStep.Start(Context(now)));

    /// <summary>Runs every wake-up due by <paramref name="now"/>'s date, one step each, as the orchestration's timers would.</summary>
    public void WakeUp(DateTime now)
    {
        while (NextWakeOn is { } due && due <= LondonTime.DateOf(now))
        {
            Apply(OrderStep.Wake(_state!, Context(now)));
        }
    }

    /// <summary>Applies a staff event received at <paramref name="now"/>; as in the orchestration, a wake-up already due comes first.</summary>
    public void Receive(string name, IStaffEvent staffEvent, DateTime now)
    {
        WakeUp(now);
        Apply(OrderStep.Receive(_state!, new ReceivedEvent(name, staffEvent), Context(now)));
    }

    private OrderStepContext Context(DateTime now) => new(order, NationalStandardsPolicy.Seeded, calendar, now);

    private void Apply(OrderStepResult result)
    {
        _state = result.State;
        store.Send(result);
    }
}
