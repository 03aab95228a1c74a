using System.Text.RegularExpressions;
using Probation.Orders.Rules;
using Probation.Orders.Validation;

namespace Probation.Orders.Policy;

/// <summary>
/// What makes a policy usable: every rule present with the figures its file expects, all amounts sensible.
/// </summary>
public sealed partial record NationalStandardsPolicy
{
    /// <summary>The format of a policy name.</summary>
    public const string NamePattern = "^[a-z0-9][a-z0-9-]{0,39}$";

    /// <summary>Lists every problem with this policy, by configuration path (e.g. <c>rules.T-REVIEW.due</c>).</summary>
    public ValidationResult Validate()
    {
        var errors = new ValidationErrors();
        Validate(errors);
        return errors.ToResult();
    }

    internal void Validate(ValidationErrors errors)
    {
        Check.Pattern(errors, "name", !string.IsNullOrEmpty(Name), Name is not null && PolicyName().IsMatch(Name), NamePattern);
        Check.Rule(errors, "version", Version >= 1, "must be at least 1");
        Leads(errors, "dueSoonLeads", DueSoonLeads);
        Amount(errors, "escalateAfter", EscalateAfter, 1);
        Amount(errors, "warningStandsFor", WarningStandsFor, 1);
        foreach (var ruleId in (Rules ?? new Dictionary<string, RuleTiming>()).Keys.Except(RuleIds.All))
        {
            errors.Add($"rules.{ruleId}", "is not a rule id of DOMAIN.md");
        }

        foreach (var ruleId in RuleIds.All)
        {
            var timing = Rules?.GetValueOrDefault(ruleId);
            if (Check.Required(errors, $"rules.{ruleId}", timing is not null))
            {
                ValidateRule(errors, $"rules.{ruleId}", timing!, SeededRules.Timings[ruleId]);
            }
        }
    }

    private static void ValidateRule(ValidationErrors errors, string path, RuleTiming timing, RuleTiming seeded)
    {
        Amount(errors, $"{path}.due", timing.Due, 0);
        Check.Rule(errors, $"{path}.repeat", (timing.Repeat is null) == (seeded.Repeat is null), seeded.Repeat is null ? "is not used by this rule" : Check.IsRequired);
        if (timing.Repeat is not null)
        {
            Amount(errors, $"{path}.repeat", timing.Repeat, 1);
        }

        if (timing.DueSoonLeads is not null)
        {
            Leads(errors, $"{path}.dueSoonLeads", timing.DueSoonLeads);
        }

        if (timing.EscalateAfter is not null)
        {
            Amount(errors, $"{path}.escalateAfter", timing.EscalateAfter, 1);
        }

        SameNames(errors, $"{path}.periods", timing.Periods?.Keys, seeded.Periods?.Keys);
        foreach (var (name, period) in timing.Periods ?? new Dictionary<string, Period>())
        {
            Amount(errors, $"{path}.periods.{name}", period, 0);
        }

        SameNames(errors, $"{path}.counts", timing.Counts?.Keys, seeded.Counts?.Keys);
        foreach (var (name, count) in timing.Counts ?? new Dictionary<string, int>())
        {
            Check.Rule(errors, $"{path}.counts.{name}", count >= 0, "must not be negative");
        }
    }

    private static void SameNames(ValidationErrors errors, string path, IEnumerable<string>? actual, IEnumerable<string>? expected)
    {
        var have = actual?.ToHashSet(StringComparer.Ordinal) ?? [];
        var want = expected?.ToHashSet(StringComparer.Ordinal) ?? [];
        foreach (var missing in want.Except(have))
        {
            errors.Add($"{path}.{missing}", Check.IsRequired);
        }

        foreach (var unknown in have.Except(want))
        {
            errors.Add($"{path}.{unknown}", "is not a figure of this rule");
        }
    }

    private static void Leads(ValidationErrors errors, string path, IReadOnlyList<Period>? leads)
    {
        if (!Check.Required(errors, path, leads is not null))
        {
            return;
        }

        for (var i = 0; i < leads!.Count; i++)
        {
            Amount(errors, FieldPath.Item(path, i), leads[i], 0);
        }
    }

    private static void Amount(ValidationErrors errors, string path, Period? period, int minimum)
    {
        if (Check.Required(errors, path, period is not null) && Check.Enum(errors, path, period!.Unit))
        {
            Check.Rule(errors, path, period.Amount >= minimum, $"must be at least {minimum}");
        }
    }

    [GeneratedRegex(@"\A[a-z0-9][a-z0-9-]{0,39}\z", RegexOptions.CultureInvariant)]
    private static partial Regex PolicyName();
}
