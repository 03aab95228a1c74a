using Probation.Orders.Enforcement;
using Probation.Orders.Events;
using Probation.Orders.Rules;
using Probation.Orders.Views;

namespace Probation.Orders.Lifecycle;

/// <summary>Appointments: they meet contact duties, and a failure to comply starts enforcement.</summary>
internal sealed partial class OrderStep
{
    private void RecordAppointment(AppointmentEvent e)
    {
        Record(TimelineKind.AppointmentRecorded, e.StaffId.Value, $"{e.Kind} appointment {e.AppointmentId} on {Iso(e.Date)}: {e.Outcome}");
        var held = e.Outcome is AppointmentOutcome.Attended or AppointmentOutcome.AttendedFailedToComply;
        if (_phase == OrderPhase.Custody)
        {
            if (held)
            {
                RecordCustodyContact(e);
            }

            return;
        }

        if (held)
        {
            MeetAll(FirstAppointmentRule.Id, e.Date);
        }

        if (e.Outcome == AppointmentOutcome.Attended)
        {
            CountContact(e);
        }

        if (EnforcementRecord.IsFailureToComply(e.Outcome))
        {
            var result = _phase == OrderPhase.Licence
                ? _enforcement.RecordLicenceFailure(e, Today)
                : _enforcement.RecordFailure(e, Today, Policy, Calendar);
            Enforce(result, e.StaffId.Value, Today);
        }
    }

    /// <summary>In prison the offender manager's own contact counts for T-OM-CONTACT, anyone else's for T-OS-CONTACT.</summary>
    private void RecordCustodyContact(AppointmentEvent e)
    {
        if (e.StaffId != _allocation?.OffenderManagerId)
        {
            MeetAll(SupervisorContactRule.Id, e.Date);
        }
        else if (IsOpen(OffenderManagerContactRule.Id))
        {
            MeetAll(OffenderManagerContactRule.Id, e.Date);
            Open(OffenderManagerContactRule.Due(e.Date, Policy, Calendar));
        }
    }

    private void CountContact(AppointmentEvent e)
    {
        if (_contactChecks.Count == 0 || _kept.Exists(k => k.AppointmentId == e.AppointmentId))
        {
            return;
        }

        _kept.Add(new KeptAppointment(e.AppointmentId, e.Date));
        var dates = _kept.ConvertAll(k => k.Date);
        foreach (var check in _contactChecks.Where(c => ContactLevelRule.IsMet(c.Checkpoint, dates)).ToList())
        {
            Meet(check.DutyId, e.Date);
        }
    }
}
