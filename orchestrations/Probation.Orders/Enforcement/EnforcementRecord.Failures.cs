using Probation.Orders.Calendar;
using Probation.Orders.Events;
using Probation.Orders.Identifiers;
using Probation.Orders.Policy;
using Probation.Orders.Rules;

namespace Probation.Orders.Enforcement;

/// <summary>Recording failures to comply: a warning first, breach for a further failure while it stands.</summary>
public sealed partial record EnforcementRecord
{
    /// <summary>
    /// Records <paramref name="appointment"/> on a community order or SSO, on <paramref name="recordedOn"/>.
    /// A failure with no standing warning gets a warning dated <paramref name="recordedOn"/>; a failure
    /// while one stands (statute: a warning given in the previous 12 months) makes breach due,
    /// T-BREACH-ACT counted from the appointment's date. Other outcomes change nothing.
    /// </summary>
    public EnforcementResult RecordFailure(AppointmentEvent appointment, DateOnly recordedOn, NationalStandardsPolicy policy, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        ArgumentNullException.ThrowIfNull(policy);
        if (!IsFailureToComply(appointment.Outcome))
        {
            return new EnforcementResult(this, []);
        }

        if (IsRecorded(appointment.AppointmentId))
        {
            return new EnforcementResult(this, [new EnforcementEffect(EnforcementAction.AlreadyRecorded)]);
        }

        var expiry = ExpireWarnings(recordedOn);
        var record = expiry.Record;
        var effects = expiry.Effects.ToList();
        if (record.OpenBreach is { } open)
        {
            effects.Add(new EnforcementEffect(EnforcementAction.AlreadyInBreach, Breach: open));
        }
        else if (record.StandingWarningOn(recordedOn) is { } standing)
        {
            var breach = new BreachCase(
                $"breach-{appointment.AppointmentId.Value}",
                appointment.AppointmentId,
                appointment.Date,
                standing.WarningId,
                BreachActionRule.Due(appointment.Date, policy, calendar),
                BreachState.Due);
            record = record with { Breaches = [.. record.Breaches, breach] };
            effects.Add(new EnforcementEffect(EnforcementAction.BreachDue, standing, breach));
        }
        else
        {
            var warning = NewWarning(appointment.AppointmentId, recordedOn, policy, calendar);
            record = record with { Warnings = [.. record.Warnings, warning] };
            effects.Add(new EnforcementEffect(EnforcementAction.WarningIssued, warning));
        }

        return new EnforcementResult(record, effects);
    }

    /// <summary>
    /// Records a failure on licence: no warning scheme applies, so it raises a recall consideration
    /// for the offender manager.
    /// </summary>
    public EnforcementResult RecordLicenceFailure(AppointmentEvent appointment, DateOnly recordedOn)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        if (!IsFailureToComply(appointment.Outcome))
        {
            return new EnforcementResult(this, []);
        }

        if (RecallConsiderations.Any(r => r.AppointmentId == appointment.AppointmentId))
        {
            return new EnforcementResult(this, [new EnforcementEffect(EnforcementAction.AlreadyRecorded)]);
        }

        var consideration = new RecallConsideration(appointment.AppointmentId, appointment.Date, recordedOn);
        var record = this with { RecallConsiderations = [.. RecallConsiderations, consideration] };
        return new EnforcementResult(record, [new EnforcementEffect(EnforcementAction.RecallConsiderationRaised)]);
    }

    private bool IsRecorded(AppointmentId appointmentId) =>
        Warnings.Any(w => w.AppointmentId == appointmentId) || Breaches.Any(b => b.FailureAppointmentId == appointmentId);

    private static Warning NewWarning(AppointmentId appointmentId, DateOnly issuedOn, NationalStandardsPolicy policy, WorkingDayCalendar calendar)
    {
        var explainBy = ExplanationWindowRule.ExplainBy(issuedOn, policy, calendar);
        var expiresOn = policy.WarningStandsFor.After(issuedOn, calendar).Date;
        return new Warning($"warning-{appointmentId.Value}", appointmentId, issuedOn, explainBy.DueDate, explainBy.Reason, expiresOn, WarningState.Standing);
    }
}
