using Probation.Orders.Calendar;
using Probation.Orders.Events;
using Probation.Orders.Policy;

namespace Probation.Orders.Enforcement;

/// <summary>
/// Recording explanations: they can withdraw a warning in its window or cancel a breach before the decision.
/// </summary>
public sealed partial record EnforcementRecord
{
    /// <summary>
    /// Records <paramref name="explanation"/>. For the failure behind an open breach, an acceptable
    /// one before the decision cancels the breach. For the failure behind a standing warning, an
    /// acceptable one received by <c>explainBy</c> withdraws it; if a breach rested on that warning,
    /// the breach is cancelled and its failure gets a warning of its own instead, dated the day the
    /// explanation was received.
    /// </summary>
    public EnforcementResult RecordExplanation(ExplanationEvent explanation, NationalStandardsPolicy policy, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        if (OpenBreach is { } breach && breach.FailureAppointmentId == explanation.AppointmentId)
        {
            if (!explanation.Acceptable || breach.State != BreachState.Due)
            {
                return new EnforcementResult(this, [new EnforcementEffect(EnforcementAction.ExplanationNotAccepted, Breach: breach)]);
            }

            var cancelled = breach.Apply(BreachTrigger.ExplanationAccepted);
            return new EnforcementResult(With(cancelled), [new EnforcementEffect(EnforcementAction.BreachCancelled, Breach: cancelled)]);
        }

        var warning = Warnings.LastOrDefault(w => w.AppointmentId == explanation.AppointmentId && w.State == WarningState.Standing);
        if (warning is null)
        {
            return new EnforcementResult(this, [new EnforcementEffect(EnforcementAction.ExplanationNotMatched)]);
        }

        if (!explanation.Acceptable)
        {
            return new EnforcementResult(this, [new EnforcementEffect(EnforcementAction.ExplanationNotAccepted, warning)]);
        }

        if (explanation.ReceivedOn > warning.ExplainBy)
        {
            return new EnforcementResult(this, [new EnforcementEffect(EnforcementAction.ExplanationTooLate, warning)]);
        }

        var withdrawn = warning.Apply(WarningTrigger.ExplanationAccepted);
        var record = With(withdrawn);
        var effects = new List<EnforcementEffect> { new(EnforcementAction.WarningWithdrawn, withdrawn) };
        if (record.OpenBreach is { State: BreachState.Due } resting && resting.WarningId == warning.WarningId)
        {
            var cancelled = resting.Apply(BreachTrigger.WarningWithdrawn);
            var replacement = NewWarning(resting.FailureAppointmentId, explanation.ReceivedOn, policy, calendar);
            record = record.With(cancelled) with { Warnings = [.. record.Warnings, replacement] };
            effects.Add(new EnforcementEffect(EnforcementAction.BreachCancelled, Breach: cancelled));
            effects.Add(new EnforcementEffect(EnforcementAction.WarningIssued, replacement));
        }

        return new EnforcementResult(record, effects);
    }
}
