using Probation.Orders.Activities;
using Probation.Orders.Calendar;
using Probation.Orders.Documents;
using Probation.Orders.Enforcement;
using Probation.Orders.Identifiers;
using Probation.Orders.Policy;
using Probation.Orders.Tiering;
using Probation.Orders.Views;

namespace Probation.Orders.Lifecycle;

/// <summary>
/// One step of an order's life as pure code: the carried <see cref="OrderState"/>, one trigger (the order arriving, a
/// staff event or a wake-up) and the orchestration's time give the next state and everything to send. The orchestrator
/// replays it from history, so it reads no clock and does no I/O; each step works on a fresh copy of the state.
/// </summary>
internal sealed partial class OrderStep
{
    private const string BySystem = "system";

    private readonly OrderStepContext _context;
    private readonly List<Duty> _duties;
    private readonly List<ScheduledReminder> _reminders;
    private readonly List<ContactCheck> _contactChecks;
    private readonly List<KeptAppointment> _kept;
    private readonly List<EventId> _processed;
    private readonly HashSet<string> _openedThisStep = [];
    private readonly List<TimelineEntry> _timeline = [];
    private readonly List<Reminder> _remindersToSend = [];
    private readonly List<ClosedDuty> _closed = [];
    private readonly List<WarningLetter> _letters = [];
    private readonly List<StaffNotice> _notices = [];
    private OrderPhase _phase;
    private Tier _tier;
    private Allocation? _allocation;
    private EnforcementRecord _enforcement;
    private DateOnly? _endDate;
    private OrderOutcome? _outcome;
    private int _dutySequence;
    private int _timelineSequence;
    private int _revision;
    private bool _viewChanged;

    private OrderStep(OrderState state, OrderStepContext context)
    {
        _context = context;
        _phase = state.Phase;
        _tier = state.Tier;
        _allocation = state.Allocation;
        _duties = [.. state.Duties];
        _reminders = [.. state.Reminders];
        _enforcement = state.Enforcement;
        _contactChecks = [.. state.ContactChecks];
        _kept = [.. state.KeptAppointments];
        _endDate = state.EndDate;
        _outcome = state.Outcome;
        _processed = [.. state.ProcessedEventIds];
        _dutySequence = state.DutySequence;
        _timelineSequence = state.TimelineSequence;
        _revision = state.Revision;
    }

    private OrderDocument Order => _context.Order;

    private NationalStandardsPolicy Policy => _context.Policy;

    private WorkingDayCalendar Calendar => _context.Calendar;

    private DateOnly Today => _context.Today;

    /// <summary>A wake-up: sends what has fallen due, expires warnings and ends the order on its end date.</summary>
    public static OrderStepResult Wake(OrderState state, OrderStepContext context)
    {
        var step = new OrderStep(state, context);
        step.Flush();
        return step.Finish();
    }

    private static string Iso(DateOnly date) => WorkingDayCalendar.Iso(date);

    private OrderStepResult Finish(string? rejection = null)
    {
        if (_contactChecks.Count == 0)
        {
            _kept.Clear();
        }

        if (_viewChanged)
        {
            _revision++;
        }

        var state = new OrderState(
            _phase, _tier, _allocation, [.. _duties], [.. _reminders], _enforcement, [.. _contactChecks], [.. _kept],
            _endDate, _outcome, [.. _processed], _dutySequence, _timelineSequence, _revision);
        var view = _viewChanged ? OrderView.Of(Order, Policy.Reference, state, _context.Now) : null;
        ClosedDuty[] closed = [.. _closed.Where(c => !_openedThisStep.Contains(c.DutyId))];
        return new OrderStepResult(state, view, [.. _timeline], [.. _remindersToSend], closed, [.. _letters], [.. _notices], rejection);
    }

    private void Record(TimelineKind kind, string by, string detail)
    {
        _timeline.Add(new TimelineEntry(++_timelineSequence, _context.Now, kind, by, detail));
        _viewChanged = true;
    }

    private void Notify(StaffNoticeKind kind, DateOnly on, string key, string detail) =>
        _notices.Add(new StaffNotice(
            $"{Order.OrderId.Value}:{kind}:{key}", Order.OrderId, Order.Person.Crn, _allocation?.OffenderManagerId, _allocation?.TeamId, kind, on, detail));
}
