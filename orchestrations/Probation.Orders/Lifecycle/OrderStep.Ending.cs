using Probation.Orders.Events;
using Probation.Orders.Rules;
using Probation.Orders.Views;

namespace Probation.Orders.Lifecycle;

/// <summary>Court outcomes and the end of the order.</summary>
internal sealed partial class OrderStep
{
    private void RecordCourtOutcome(CourtOutcomeEvent e)
    {
        var by = e.StaffId.Value;
        Enforce(_enforcement.RecordCourtOutcome(e), by, e.Date);
        Record(TimelineKind.CourtOutcome, by, $"court outcome {e.Outcome} on {Iso(e.Date)}");
        switch (e.Outcome)
        {
            case CourtOutcome.Revoked:
                End(OrderOutcomeKind.Revoked, e.Date, "revoked by the court for breach; a new order follows", by);
                break;
            case CourtOutcome.Resentenced:
                End(OrderOutcomeKind.Resentenced, e.Date, "re-sentenced for breach; a new order follows", by);
                break;
            case CourtOutcome.CustodyActivated:
                // Nothing about the custody is known yet: a release event brings the licence end date.
                CloseAll(ruleId: null, e.Date);
                _endDate = null;
                ReturnToCustody(PhaseTrigger.CustodyActivated, e.Date, by);
                Open(SupervisorContactRule.Due(e.Date, Policy, Calendar));
                Open(OffenderManagerContactRule.Due(e.Date, Policy, Calendar));
                break;
        }
    }

    private void Terminate(TerminationEvent e)
    {
        var outcome = e.Outcome == TerminationOutcome.Revoked ? OrderOutcomeKind.Revoked : OrderOutcomeKind.Terminated;
        End(outcome, e.Date, e.Reason, e.StaffId.Value);
    }

    /// <summary>
    /// Ends the order: an open breach is cancelled, T-END is met on completion, and every other open duty closes on
    /// <paramref name="on"/> (Cancelled when not yet due, Missed when overdue), which resolves its reminders.
    /// </summary>
    private void End(OrderOutcomeKind outcome, DateOnly on, string reason, string by)
    {
        var trigger = outcome switch
        {
            OrderOutcomeKind.Completed => PhaseTrigger.Completed,
            OrderOutcomeKind.Revoked => PhaseTrigger.Revoked,
            OrderOutcomeKind.Resentenced => PhaseTrigger.Resentenced,
            _ => PhaseTrigger.Terminated,
        };
        _phase = OrderPhaseTransitions.Next(_phase, trigger, Order.OrderType);
        Enforce(_enforcement.CloseForOrderEnd(), by, on);
        if (outcome == OrderOutcomeKind.Completed)
        {
            MeetAll(OrderEndRule.Id, on);
        }

        CloseAll(ruleId: null, on);
        _outcome = new OrderOutcome(outcome, on, reason);
        Record(TimelineKind.OrderEnded, by, $"{outcome} on {Iso(on)}");
    }
}
