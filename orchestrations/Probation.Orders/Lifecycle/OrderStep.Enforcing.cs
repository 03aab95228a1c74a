using Probation.Orders.Activities;
using Probation.Orders.Enforcement;
using Probation.Orders.Events;
using Probation.Orders.Rules;
using Probation.Orders.Views;

namespace Probation.Orders.Lifecycle;

/// <summary>
/// Acting on what <see cref="EnforcementRecord"/> decided: letters, explanation windows, breach duties, recall
/// considerations. The decisions themselves stay in the enforcement record.
/// </summary>
internal sealed partial class OrderStep
{
    private void RecordExplanation(ExplanationEvent e)
    {
        var verdict = e.Acceptable ? "acceptable" : "not acceptable";
        Record(TimelineKind.ExplanationRecorded, e.StaffId.Value, $"explanation for appointment {e.AppointmentId} received {Iso(e.ReceivedOn)}: {verdict}");
        Enforce(_enforcement.RecordExplanation(e, Policy, Calendar), e.StaffId.Value, e.ReceivedOn);
    }

    private void DecideBreach(BreachDecisionEvent e)
    {
        Enforce(_enforcement.RecordBreachDecision(e), e.StaffId.Value, e.DecidedOn);
        Record(TimelineKind.BreachDecided, e.StaffId.Value, $"{e.Decision} on {Iso(e.DecidedOn)}: {e.Reason}");
    }

    /// <summary>Applies <paramref name="result"/>; <paramref name="on"/> is the date the step's event happened.</summary>
    private void Enforce(EnforcementResult result, string by, DateOnly on)
    {
        _enforcement = result.Record;
        foreach (var effect in result.Effects)
        {
            Act(effect, by, on);
        }
    }

    private void Act(EnforcementEffect effect, string by, DateOnly on)
    {
        switch (effect)
        {
            case { Action: EnforcementAction.WarningIssued, Warning: { } warning }:
                IssueWarning(warning);
                break;
            case { Action: EnforcementAction.BreachDue, Breach: { } breach }:
                Open(breach.ActionDue, breach.BreachId);
                BringReviewForward(breach.FailedOn);
                Record(TimelineKind.BreachDue, BySystem,
                    $"breach {breach.BreachId}: failure on {Iso(breach.FailedOn)} while warning {breach.WarningId} stood; action due {Iso(breach.ActionDue.DueDate)}");
                break;
            case { Action: EnforcementAction.AlreadyInBreach, Breach: { } open }:
                Record(TimelineKind.BreachDue, BySystem, $"a further failure while breach {open.BreachId} is {open.State}");
                break;
            case { Action: EnforcementAction.RecallConsiderationRaised }:
                RaiseRecallConsideration(_enforcement.RecallConsiderations[^1]);
                break;
            case { Action: EnforcementAction.WarningWithdrawn, Warning: { } withdrawn }:
                Meet(Duty.IdFor(ExplanationWindowRule.Id, withdrawn.WarningId), on);
                Record(TimelineKind.WarningWithdrawn, by, $"warning {withdrawn.WarningId} withdrawn: acceptable explanation by {Iso(withdrawn.ExplainBy)}");
                break;
            case { Action: EnforcementAction.ExplanationTooLate or EnforcementAction.ExplanationNotAccepted, Warning: { } standing }:
                Meet(Duty.IdFor(ExplanationWindowRule.Id, standing.WarningId), on);
                break;
            case { Action: EnforcementAction.ExplanationNotMatched }:
                Record(TimelineKind.ExplanationRecorded, BySystem, "no standing warning or open breach for that appointment: nothing changed");
                break;
            case { Action: EnforcementAction.WarningExpired, Warning: { } expired }:
                Record(TimelineKind.WarningExpired, BySystem, $"warning {expired.WarningId} expired on {Iso(expired.ExpiresOn)}");
                break;
            case { Action: EnforcementAction.BreachCancelled, Breach: { } cancelled }:
                Close(Duty.IdFor(BreachActionRule.Id, cancelled.BreachId), on);
                Record(TimelineKind.BreachCancelled, BySystem, $"breach {cancelled.BreachId} no longer due");
                break;
            case { Action: EnforcementAction.BreachInitiated or EnforcementAction.ComplianceReviewRecorded, Breach: { } decided }:
                Meet(Duty.IdFor(BreachActionRule.Id, decided.BreachId), on);
                break;
        }
    }

    /// <summary>The warning letter goes out at once, which meets T-EXPLAIN-ACT; the explanation window opens.</summary>
    private void IssueWarning(Warning warning)
    {
        Meet(Open(ExplanationActionRule.Due(warning.IssuedOn, Policy, Calendar)), warning.IssuedOn);
        Open(new DutyDue(ExplanationWindowRule.Id, warning.ExplainBy, warning.ExplainByReason), warning.WarningId);
        _letters.Add(new WarningLetter(
            warning.WarningId, Order.OrderId, Order.Person.Crn, _allocation?.OffenderManagerId, _allocation?.TeamId,
            warning.AppointmentId, warning.IssuedOn, warning.ExplainBy, warning.ExplainByReason, Policy.Reference));
        Record(TimelineKind.WarningIssued, BySystem,
            $"warning {warning.WarningId} for appointment {warning.AppointmentId}: letter sent, explain by {Iso(warning.ExplainBy)}");
    }

    private void RaiseRecallConsideration(RecallConsideration consideration)
    {
        var detail = $"failure to comply on licence (appointment {consideration.AppointmentId} on {Iso(consideration.FailedOn)}): consider recall";
        Record(TimelineKind.RecallConsiderationRaised, BySystem, detail);
        Notify(StaffNoticeKind.RecallConsideration, consideration.RaisedOn, consideration.AppointmentId.Value, detail);
    }
}
