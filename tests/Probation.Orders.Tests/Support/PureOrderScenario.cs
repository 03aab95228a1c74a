using Probation.Orders.Activities;
using Probation.Orders.Calendar;
using Probation.Orders.Documents;
using Probation.Orders.Events;
using Probation.Orders.Lifecycle;
using Probation.Orders.Policy;
using Probation.Orders.Rules;
using Probation.Orders.Views;

namespace Probation.Orders.Support;

/// <summary>
/// One order stepped through business time on the pure <see cref="OrderStep"/>, in the order the order orchestration
/// takes its steps but with no engine: wake-ups run at 06:00 UTC on their dates, staff record events at office hours, a
/// wake-up already due comes before an event, and no wake-up runs once the order has ended. Every step's output is kept
/// in the order it was produced, as the activities would receive it. Each test makes its own.
/// </summary>
internal sealed class PureOrderScenario
{
    /// <summary>The UTC hour staff record things in scenarios: after the 06:00 wake-up, in the working day.</summary>
    public const int OfficeHourUtc = 10;

    private readonly OrderDocument _order;
    private readonly NationalStandardsPolicy _policy;
    private readonly WorkingDayCalendar _calendar = WorkingDayCalendar.FromEmbeddedData();
    private readonly List<OrderStepResult> _steps = [];

    // Business time: the time of the latest step, or later once the scenario has moved on; never earlier.
    private DateTime _now;

    private PureOrderScenario(OrderDocument order, NationalStandardsPolicy policy, DateTime now)
    {
        _order = order;
        _policy = policy;
        _now = now;
    }

    public OrderState State => _steps[^1].State;

    /// <summary>The latest published view.</summary>
    public OrderView View => _steps.Select(s => s.View).OfType<OrderView>().Last();

    public IReadOnlyList<Reminder> Reminders => [.. _steps.SelectMany(s => s.Reminders)];

    public IReadOnlyList<ClosedDuty> Resolved => [.. _steps.SelectMany(s => s.ClosedDuties)];

    public IReadOnlyList<WarningLetter> Letters => [.. _steps.SelectMany(s => s.Letters)];

    public IReadOnlyList<StaffNotice> Notices => [.. _steps.SelectMany(s => s.Notices)];

    public IReadOnlyList<TimelineEntry> Timeline => [.. _steps.SelectMany(s => s.Timeline)];

    /// <summary>The order arrives from the court at office hours on <paramref name="receivedOn"/> (default: its sentence date).</summary>
    public static PureOrderScenario Start(OrderDocument order, DateOnly? receivedOn = null, NationalStandardsPolicy? policy = null)
    {
        var scenario = new PureOrderScenario(order, policy ?? NationalStandardsPolicy.Seeded, At(receivedOn ?? order.SentenceDate));
        scenario.Take(OrderStep.Start(scenario.Context()));
        return scenario;
    }

    /// <summary>Moves to <paramref name="hourUtc"/> on <paramref name="date"/>, running each wake-up on the way at its own time.</summary>
    public void AdvanceTo(DateOnly date, int hourUtc = OfficeHourUtc)
    {
        var until = At(date, hourUtc);
        while (NextWakeUp() is { } wakeUp && wakeUp <= until)
        {
            _now = wakeUp > _now ? wakeUp : _now;
            Take(OrderStep.Wake(State, Context()));
        }

        _now = until > _now ? until : _now;
    }

    /// <summary>Staff record <paramref name="staffEvent"/> under <paramref name="name"/> at the scenario's time.</summary>
    public OrderStepResult Raise(string name, IStaffEvent staffEvent) => Receive(new ReceivedEvent(name, staffEvent));

    /// <summary>Moves to <paramref name="date"/> and records <paramref name="staffEvent"/> there.</summary>
    public OrderStepResult RaiseOn(DateOnly date, string name, IStaffEvent staffEvent)
    {
        AdvanceTo(date);
        return Raise(name, staffEvent);
    }

    /// <summary>
    /// Takes <paramref name="received"/> at the scenario's time. As in the orchestration, a wake-up due that day comes
    /// first, even before its 06:00 UTC hour.
    /// </summary>
    public OrderStepResult Receive(ReceivedEvent received)
    {
        while (NextWakeUp() is { } wakeUp && LondonTime.DateOf(wakeUp) <= LondonTime.DateOf(_now))
        {
            Take(OrderStep.Wake(State, Context()));
        }

        return Take(OrderStep.Receive(State, received, Context()));
    }

    public Duty Duty(string ruleId) => View.Duties.Single(d => d.RuleId == ruleId);

    public IReadOnlyList<Duty> Duties(string ruleId) => [.. View.Duties.Where(d => d.RuleId == ruleId)];

    /// <summary>The reminders of <paramref name="dutyId"/> with the London date each was sent on.</summary>
    public IReadOnlyList<(ReminderKind Kind, DateOnly SentOn)> RemindersOf(string dutyId) =>
        [.. Reminders.Where(r => r.DutyId == dutyId).Select(r => (r.Kind, LondonTime.DateOf(r.CreatedAt)))];

    private static DateTime At(DateOnly date, int hourUtc = OfficeHourUtc) => date.ToDateTime(new TimeOnly(hourUtc, 0), DateTimeKind.Utc);

    /// <summary>When the orchestration's timer would fire; none once the order has ended and the orchestration completed.</summary>
    private DateTime? NextWakeUp() =>
        State is { Outcome: null } state && state.NextWakeOn() is { } on ? LondonTime.WakeUpOn(on) : null;

    private OrderStepContext Context() => new(_order, _policy, _calendar, _now);

    private OrderStepResult Take(OrderStepResult result)
    {
        _steps.Add(result);
        return result;
    }
}
