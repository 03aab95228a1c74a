using Probation.Orders.Activities;
using Probation.Orders.Rules;
using Probation.Orders.Views;

namespace Probation.Orders.Lifecycle;

/// <summary>What falls due by date alone, checked at the end of every step.</summary>
internal sealed partial class OrderStep
{
    /// <summary>
    /// Ends the order after its end date, expires warnings whose 12 months have run, and sends the reminders due
    /// today of duties still open: a duty met meanwhile had its reminders dropped, so it sends nothing.
    /// </summary>
    private void Flush()
    {
        if (_phase is OrderPhase.Community or OrderPhase.Licence && _endDate is { } end && Today > end)
        {
            End(OrderOutcomeKind.Completed, end, $"the {(_phase == OrderPhase.Licence ? "licence" : "order")} reached its end date", BySystem);
        }

        if (_phase == OrderPhase.Ended)
        {
            return;
        }

        Enforce(_enforcement.ExpireWarnings(Today), BySystem, Today);
        var due = _reminders.Where(r => r.SendOn <= Today).OrderBy(r => r.SendOn).ThenBy(r => r.Kind).ToList();
        foreach (var scheduled in due)
        {
            if (!_reminders.Remove(scheduled))
            {
                continue;
            }

            var duty = _duties.Find(d => d.DutyId == scheduled.DutyId)!;
            _remindersToSend.Add(ReminderFor(duty, scheduled));
            if (scheduled.Kind == ReminderKind.Overdue && duty.RuleId == ContactLevelRule.Id)
            {
                // Only appointments before the check date count, so a late one can never meet it.
                Close(duty.DutyId, Today);
                Record(TimelineKind.DutyMissed, BySystem, $"{duty.DutyId}: too few appointments kept before {Iso(duty.DueDate)}");
            }
        }
    }

    private Reminder ReminderFor(Duty duty, ScheduledReminder scheduled) => new(
        $"{Order.OrderId.Value}:{duty.DutyId}:{scheduled.Kind}:{Iso(scheduled.SendOn)}",
        Order.OrderId,
        Order.Person.Crn,
        _allocation?.OffenderManagerId,
        _allocation?.TeamId,
        duty.RuleId,
        duty.DutyId,
        scheduled.Kind,
        duty.DueDate,
        duty.Reason,
        Policy.Reference,
        _context.Now);
}
