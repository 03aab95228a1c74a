using System.Text.RegularExpressions;
using Probation.Orders.Documents;

namespace Probation.Orders.Validation;

/// <summary>The requirement and custody rules: what each kind of order must and must not carry.</summary>
public static partial class OrderDocumentValidator
{
    /// <summary>The format of a prison code, e.g. <c>SWI</c>.</summary>
    public const string PrisonPattern = "^[A-Z]{3}$";

    private static void ValidateRequirements(IReadOnlyList<Requirement>? requirements, OrderType? orderType, ValidationErrors errors)
    {
        requirements ??= [];
        if (orderType == OrderType.CommunityOrder)
        {
            // Sentencing Act 2020 s.204(2): a community order must impose at least one requirement.
            Check.Rule(errors, "requirements", requirements.Count > 0, "must hold at least one requirement for a CommunityOrder");
        }
        else if (orderType == OrderType.Custody)
        {
            Check.Rule(errors, "requirements", requirements.Count == 0, "must be empty for a Custody order (licence conditions are not requirements)");
        }

        for (var i = 0; i < requirements.Count; i++)
        {
            var path = FieldPath.Item("requirements", i);
            var requirement = requirements[i];
            if (!Check.Required(errors, path, requirement is not null) || !Check.Enum(errors, $"{path}.type", requirement!.Type))
            {
                continue;
            }

            var hoursPath = $"{path}.hours";
            if (requirement.Type != RequirementType.UnpaidWork)
            {
                Check.Rule(errors, hoursPath, requirement.Hours is null, "is only allowed for UnpaidWork");
            }
            else if (Check.Required(errors, hoursPath, requirement.Hours is not null))
            {
                Check.Range(errors, hoursPath, requirement.Hours!.Value, UnpaidWorkMinHours, UnpaidWorkMaxHours);
            }
        }
    }

    private static void ValidateCustody(CustodyDetails? custody, OrderType? orderType, DateOnly? sentenceDate, ValidationErrors errors)
    {
        if (custody is null)
        {
            Check.Rule(errors, "custody", orderType != OrderType.Custody, "is required for a Custody order");
            return;
        }

        if (!Check.Rule(errors, "custody", orderType is null or OrderType.Custody, "must be null unless orderType is Custody"))
        {
            return;
        }

        var release = Check.Date(errors, "custody.expectedReleaseDate", custody.ExpectedReleaseDate);
        if (release && sentenceDate is { } sentenced)
        {
            Check.Rule(errors, "custody.expectedReleaseDate", custody.ExpectedReleaseDate >= sentenced, "must be on or after sentenceDate");
        }

        if (Check.Date(errors, "custody.licenceEndDate", custody.LicenceEndDate) && release)
        {
            Check.Rule(errors, "custody.licenceEndDate", custody.LicenceEndDate >= custody.ExpectedReleaseDate, "must be on or after custody.expectedReleaseDate");
        }

        if (custody.ParoleEligibilityDate is { } parole)
        {
            Check.Rule(errors, "custody.paroleEligibilityDate", sentenceDate is not { } s || parole >= s, "must be on or after sentenceDate");
            Check.Rule(errors, "custody.paroleEligibilityDate", !release || parole <= custody.ExpectedReleaseDate, "must be on or before custody.expectedReleaseDate");
        }

        if (custody.ReceptionDate is { } reception)
        {
            Check.Rule(errors, "custody.receptionDate", !release || reception <= custody.ExpectedReleaseDate, "must be on or before custody.expectedReleaseDate");
        }

        if (custody.Prison is { } prison)
        {
            Check.Rule(errors, "custody.prison", PrisonCode().IsMatch(prison), $"must match {PrisonPattern}");
        }
    }

    [GeneratedRegex(@"\A[A-Z]{3}\z", RegexOptions.CultureInvariant)]
    internal static partial Regex PrisonCode();
}
