using System.Text.RegularExpressions;
using Probation.Orders.Documents;
using Probation.Orders.Identifiers;

namespace Probation.Orders.Validation;

/// <summary>
/// The rules a new order must meet before anything starts. Every problem is listed, not just the
/// first. Figures quoted are statutory limits of the Sentencing Act 2020.
/// </summary>
public static partial class OrderDocumentValidator
{
    /// <summary>Unpaid work hours allowed (Sch 9 para 2).</summary>
    public const int UnpaidWorkMinHours = 40, UnpaidWorkMaxHours = 300;

    /// <summary>A community order lasts at most 3 years (s.209).</summary>
    public const int CommunityOrderMaxMonths = 36;

    /// <summary>An SSO's operational period is 6 months to 2 years (s.288).</summary>
    public const int SuspendedSentenceMinMonths = 6, SuspendedSentenceMaxMonths = 24;

    /// <summary>An upper bound that catches a length typed in days or weeks by mistake.</summary>
    public const int CustodyMaxMonths = 1200;

    /// <summary>The format of a court's organisation code, e.g. <c>B01GU</c>.</summary>
    public const string CourtCodePattern = "^[A-Z][0-9]{2}[A-Z0-9]{2,4}$";

    /// <summary>Lists every problem with <paramref name="document"/>.</summary>
    public static ValidationResult Validate(OrderDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var errors = new ValidationErrors();
        Validate(document, errors);
        return errors.ToResult();
    }

    internal static void Validate(OrderDocument document, ValidationErrors errors)
    {
        Id(errors, "orderId", document.OrderId.Value, document.OrderId.IsWellFormed, OrderId.Pattern);
        DateOnly? sentenceDate = Check.Date(errors, "sentenceDate", document.SentenceDate) ? document.SentenceDate : null;
        OrderType? orderType = Check.Enum(errors, "orderType", document.OrderType) ? document.OrderType : null;
        ValidatePerson(document.Person, orderType, sentenceDate, errors);
        ValidateCourt(document.Court, errors);
        ValidateLength(document.LengthMonths, orderType, errors);
        ValidateRequirements(document.Requirements, orderType, errors);
        ValidateRisk(document.Risk, errors);
        ValidateCustody(document.Custody, orderType, sentenceDate, errors);
        if (document.OffenderManager is { } manager)
        {
            Id(errors, "offenderManager.staffId", manager.StaffId.Value, manager.StaffId.IsWellFormed, StaffId.Pattern);
            Id(errors, "offenderManager.teamId", manager.TeamId.Value, manager.TeamId.IsWellFormed, TeamId.Pattern);
        }
    }

    internal static void Id(ValidationErrors errors, string path, string? value, bool wellFormed, string pattern) =>
        Check.Pattern(errors, path, !string.IsNullOrEmpty(value), wellFormed, pattern);

    private static void ValidatePerson(Person? person, OrderType? orderType, DateOnly? sentenceDate, ValidationErrors errors)
    {
        if (!Check.Required(errors, "person", person is not null))
        {
            return;
        }

        Id(errors, "person.crn", person!.Crn.Value, person.Crn.IsWellFormed, Crn.Pattern);
        // Optional for every order type: the NOMS number is issued at reception into prison, often after the court
        // has posted the order, and arrives with a Received custody event.
        if (person.NomsNumber is { } noms)
        {
            Id(errors, "person.nomsNumber", noms.Value, noms.IsWellFormed, NomsNumber.Pattern);
        }

        if (person.Pnc is { } pnc && Check.Pattern(errors, "person.pnc", !string.IsNullOrEmpty(pnc.Value), pnc.IsWellFormed, Pnc.Pattern))
        {
            Check.Rule(errors, "person.pnc", pnc.HasValidCheckLetter, $"check letter does not match the year and serial number (expected {Pnc.ExpectedCheckLetter(pnc.Value)})");
        }

        Check.Text(errors, "person.givenName", person.GivenName, 100);
        Check.Text(errors, "person.familyName", person.FamilyName, 100);
        if (Check.Date(errors, "person.dateOfBirth", person.DateOfBirth) && sentenceDate is { } sentenced)
        {
            Check.Rule(errors, "person.dateOfBirth", person.DateOfBirth.AddYears(18) <= sentenced,
                "must make the person at least 18 on sentenceDate (adult orders only)");
        }
    }

    private static void ValidateCourt(Court? court, ValidationErrors errors)
    {
        if (Check.Required(errors, "court", court is not null))
        {
            Check.Pattern(errors, "court.code", !string.IsNullOrEmpty(court!.Code), court.Code is not null && CourtCode().IsMatch(court.Code), CourtCodePattern);
            Check.Text(errors, "court.name", court.Name, 200);
        }
    }

    private static void ValidateLength(int? lengthMonths, OrderType? orderType, ValidationErrors errors)
    {
        var (min, max, required) = orderType switch
        {
            OrderType.CommunityOrder => (1, CommunityOrderMaxMonths, true),
            OrderType.SuspendedSentenceOrder => (SuspendedSentenceMinMonths, SuspendedSentenceMaxMonths, true),
            _ => (1, CustodyMaxMonths, false),
        };
        if (lengthMonths is not { } months)
        {
            Check.Rule(errors, "lengthMonths", !required, $"is required for a {orderType}");
            return;
        }

        var forType = orderType is { } type ? $" for a {type}" : string.Empty;
        Check.Rule(errors, "lengthMonths", months >= min && months <= max, $"must be between {min} and {max}{forType}");
    }

    internal static void ValidateRisk(Risk? risk, ValidationErrors errors, string path = "risk")
    {
        if (Check.Required(errors, path, risk is not null))
        {
            Check.Enum(errors, $"{path}.roshLevel", risk!.RoshLevel);
            Check.Enum(errors, $"{path}.likelihoodOfReoffending", risk.LikelihoodOfReoffending);
            Check.Range(errors, $"{path}.mappaLevel", risk.MappaLevel, 0, 3);
        }
    }

    [GeneratedRegex(@"\A[A-Z][0-9]{2}[A-Z0-9]{2,4}\z", RegexOptions.CultureInvariant)]
    private static partial Regex CourtCode();
}
