using Probation.Orders.Enforcement;
using Probation.Orders.Identifiers;
using Probation.Orders.Tiering;

namespace Probation.Orders.Lifecycle;

/// <summary>
/// Everything an order's orchestration carries from one step to the next (through ContinueAsNew): computed due dates
/// and reminder dates are stored here once, so a later change of calendar or code never moves a running order's dates.
/// </summary>
/// <param name="Reminders">Reminders planned and not yet sent, for open duties.</param>
/// <param name="ContactChecks">The open T-CONTACT checks and what they count.</param>
/// <param name="KeptAppointments">Attended appointments, kept only while a T-CONTACT check counts them.</param>
/// <param name="EndDate">When the order or licence ends, if known.</param>
/// <param name="ProcessedEventIds">The latest staff event ids, oldest first, at most <see cref="ProcessedEventIdLimit"/>.</param>
/// <param name="Revision">How many times the order view has been published.</param>
public sealed record OrderState(
    OrderPhase Phase,
    Tier Tier,
    Allocation? Allocation,
    IReadOnlyList<Duty> Duties,
    IReadOnlyList<ScheduledReminder> Reminders,
    EnforcementRecord Enforcement,
    IReadOnlyList<ContactCheck> ContactChecks,
    IReadOnlyList<KeptAppointment> KeptAppointments,
    DateOnly? EndDate,
    OrderOutcome? Outcome,
    IReadOnlyList<EventId> ProcessedEventIds,
    int DutySequence,
    int TimelineSequence,
    int Revision)
{
    /// <summary>
    /// How many event ids are remembered: far more than staff could resend by mistake, few enough to keep the carried
    /// state small over a three-year licence.
    /// </summary>
    public const int ProcessedEventIdLimit = 128;

    /// <summary>Whether the event <paramref name="eventId"/> has already had its effect.</summary>
    public bool HasProcessed(EventId eventId) => ProcessedEventIds.Contains(eventId);

    /// <summary>
    /// The next date something is due without any event: a reminder, a warning's expiry or (the day after) the end date.
    /// </summary>
    public DateOnly? NextWakeOn()
    {
        var dates = Reminders.Select(r => r.SendOn)
            .Concat(Enforcement.Warnings.Where(w => w.State == WarningState.Standing).Select(w => w.ExpiresOn));
        if (EndDate is { } end && Phase is OrderPhase.Community or OrderPhase.Licence)
        {
            dates = dates.Append(end.AddDays(1));
        }

        return dates.Select(d => (DateOnly?)d).Min();
    }
}
