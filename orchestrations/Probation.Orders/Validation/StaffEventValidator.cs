using Probation.Orders.Events;
using Probation.Orders.Identifiers;

namespace Probation.Orders.Validation;

/// <summary>
/// The rules each staff event body must meet (API.md, "Staff: what happened"); every problem is listed.
/// </summary>
public static class StaffEventValidator
{
    /// <summary>The longest free text (notes, reasons) accepted.</summary>
    public const int MaxTextLength = 2000;

    /// <summary>Lists every problem with <paramref name="staffEvent"/>.</summary>
    public static ValidationResult Validate(IStaffEvent staffEvent)
    {
        ArgumentNullException.ThrowIfNull(staffEvent);
        var errors = new ValidationErrors();
        Validate(staffEvent, errors);
        return errors.ToResult();
    }

    internal static void Validate(IStaffEvent staffEvent, ValidationErrors errors)
    {
        OrderDocumentValidator.Id(errors, "eventId", staffEvent.EventId.Value, staffEvent.EventId.IsWellFormed, EventId.Pattern);
        Staff(errors, "staffId", staffEvent.StaffId);
        switch (staffEvent)
        {
            case AllocationEvent e:
                Staff(errors, "offenderManagerId", e.OffenderManagerId);
                OrderDocumentValidator.Id(errors, "teamId", e.TeamId.Value, e.TeamId.IsWellFormed, TeamId.Pattern);
                if (e.SupervisorId is { } supervisor)
                {
                    Staff(errors, "supervisorId", supervisor);
                }

                break;
            case AppointmentEvent e:
                Appointment(errors, e.AppointmentId);
                Check.Date(errors, "date", e.Date);
                Check.Enum(errors, "kind", e.Kind);
                Check.Enum(errors, "outcome", e.Outcome);
                break;
            case ExplanationEvent e:
                Appointment(errors, e.AppointmentId);
                Check.Date(errors, "receivedOn", e.ReceivedOn);
                Check.Rule(errors, "note", e.Note is null || e.Note.Length <= MaxTextLength, $"must be at most {MaxTextLength} characters");
                break;
            case BreachDecisionEvent e:
                Check.Enum(errors, "decision", e.Decision);
                Check.Text(errors, "reason", e.Reason, MaxTextLength);
                Check.Date(errors, "decidedOn", e.DecidedOn);
                break;
            case CourtOutcomeEvent e:
                Check.Enum(errors, "outcome", e.Outcome);
                Check.Date(errors, "date", e.Date);
                break;
            case PlanCompletedEvent e:
                Check.Date(errors, "completedOn", e.CompletedOn);
                break;
            case ReviewCompletedEvent e:
                Check.Date(errors, "completedOn", e.CompletedOn);
                break;
            case SignificantEvent e:
                ValidateSignificantEvent(e, errors);
                break;
            case CustodyEvent e:
                ValidateCustodyEvent(e, errors);
                break;
            case TerminationEvent e:
                Check.Enum(errors, "outcome", e.Outcome);
                Check.Date(errors, "date", e.Date);
                Check.Text(errors, "reason", e.Reason, MaxTextLength);
                break;
            default:
                throw new ArgumentException($"{staffEvent.GetType().Name} is not a staff event of API.md.", nameof(staffEvent));
        }
    }

    private static void Staff(ValidationErrors errors, string path, StaffId id) =>
        OrderDocumentValidator.Id(errors, path, id.Value, id.IsWellFormed, StaffId.Pattern);

    private static void Appointment(ValidationErrors errors, AppointmentId id) =>
        OrderDocumentValidator.Id(errors, "appointmentId", id.Value, id.IsWellFormed, AppointmentId.Pattern);

    private static void ValidateSignificantEvent(SignificantEvent e, ValidationErrors errors)
    {
        var kind = Check.Enum(errors, "kind", e.Kind);
        Check.Date(errors, "date", e.Date);
        if (e.Risk is not null)
        {
            OrderDocumentValidator.ValidateRisk(e.Risk, errors);
        }
        else if (kind && e.Kind == SignificantEventKind.RiskChanged)
        {
            errors.Add("risk", "is required when kind is RiskChanged");
        }
    }

    private static void ValidateCustodyEvent(CustodyEvent e, ValidationErrors errors)
    {
        var kind = Check.Enum(errors, "kind", e.Kind);
        var date = Check.Date(errors, "date", e.Date);
        if (e.Prison is { } prison)
        {
            Check.Rule(errors, "prison", OrderDocumentValidator.PrisonCode().IsMatch(prison), $"must match {OrderDocumentValidator.PrisonPattern}");
        }
        else if (kind && e.Kind is CustodyEventKind.Received or CustodyEventKind.Transferred)
        {
            errors.Add("prison", $"is required when kind is {e.Kind}");
        }

        if (e.LicenceEndDate is { } licenceEnd)
        {
            Check.Rule(errors, "licenceEndDate", !kind || e.Kind == CustodyEventKind.Released, "is only allowed when kind is Released");
            Check.Rule(errors, "licenceEndDate", !date || licenceEnd >= e.Date, "must be on or after date");
        }

        if (e.NomsNumber is { } noms)
        {
            OrderDocumentValidator.Id(errors, "nomsNumber", noms.Value, noms.IsWellFormed, NomsNumber.Pattern);
            Check.Rule(errors, "nomsNumber", !kind || e.Kind == CustodyEventKind.Received, "is only allowed when kind is Received");
        }
    }
}
