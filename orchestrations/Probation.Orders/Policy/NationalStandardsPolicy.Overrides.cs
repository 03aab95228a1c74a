using System.Text.Json;
using Probation.Orders.Validation;

namespace Probation.Orders.Policy;

/// <summary>Deriving a policy from configuration, which names rules by their DOMAIN.md ids.</summary>
public sealed partial record NationalStandardsPolicy
{
    /// <summary>
    /// This policy with <paramref name="overrides"/> applied and validated. Throws
    /// <see cref="InvalidPolicyException"/> listing every problem, including figures changed without
    /// a new name or version (running orders would otherwise replay against different figures).
    /// </summary>
    public NationalStandardsPolicy WithOverrides(NationalStandardsPolicyOverrides overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var errors = new ValidationErrors();
        var rules = new Dictionary<string, RuleTiming>(Rules, StringComparer.Ordinal);
        foreach (var (key, change) in overrides.Rules ?? new Dictionary<string, RuleTimingOverride>())
        {
            var ruleId = key.ToUpperInvariant();
            if (rules.TryGetValue(ruleId, out var timing))
            {
                rules[ruleId] = Apply(timing, change, $"rules.{ruleId}", errors);
            }
            else
            {
                errors.Add($"rules.{key}", "is not a rule id of DOMAIN.md");
            }
        }

        var policy = this with
        {
            Name = overrides.Name ?? Name,
            Version = overrides.Version ?? Version,
            DueSoonLeads = ParseAll(overrides.DueSoonLeads, "dueSoonLeads", errors) ?? DueSoonLeads,
            EscalateAfter = Parse(overrides.EscalateAfter, "escalateAfter", errors) ?? EscalateAfter,
            WarningStandsFor = Parse(overrides.WarningStandsFor, "warningStandsFor", errors) ?? WarningStandsFor,
            Rules = rules,
        };
        if (errors.IsEmpty && policy.Reference == Reference && Figures(policy) != Figures(this))
        {
            errors.Add("version", "must change when a figure changes: running orders keep the name and version they started under");
        }

        policy.Validate(errors);
        return errors.IsEmpty ? policy : throw new InvalidPolicyException(errors.ToResult());
    }

    private static RuleTiming Apply(RuleTiming timing, RuleTimingOverride? change, string path, ValidationErrors errors)
    {
        if (change is null)
        {
            return timing;
        }

        var periods = new Dictionary<string, Period>(timing.Periods ?? new Dictionary<string, Period>(), StringComparer.Ordinal);
        foreach (var (name, text) in change.Periods ?? new Dictionary<string, string>())
        {
            if (Parse(text, $"{path}.periods.{name}", errors) is { } period)
            {
                periods[name] = period;
            }
        }

        var counts = new Dictionary<string, int>(timing.Counts ?? new Dictionary<string, int>(), StringComparer.Ordinal);
        foreach (var (name, count) in change.Counts ?? new Dictionary<string, int>())
        {
            counts[name] = count;
        }

        return timing with
        {
            Due = Parse(change.Due, $"{path}.due", errors) ?? timing.Due,
            Repeat = Parse(change.Repeat, $"{path}.repeat", errors) ?? timing.Repeat,
            DueSoonLeads = ParseAll(change.DueSoonLeads, $"{path}.dueSoonLeads", errors) ?? timing.DueSoonLeads,
            EscalateAfter = Parse(change.EscalateAfter, $"{path}.escalateAfter", errors) ?? timing.EscalateAfter,
            Periods = periods.Count > 0 ? periods : null,
            Counts = counts.Count > 0 ? counts : null,
        };
    }

    private static Period? Parse(string? text, string path, ValidationErrors errors)
    {
        if (text is null)
        {
            return null;
        }

        Check.Rule(errors, path, Period.TryParse(text, out var period), $"must be {Period.TextForms}");
        return period;
    }

    private static Period[]? ParseAll(IReadOnlyList<string>? texts, string path, ValidationErrors errors) =>
        texts?.Select((text, i) => Parse(text, FieldPath.Item(path, i), errors)).OfType<Period>().ToArray();

    // Serialised figures compare lists and dictionaries by content, which record equality does not.
    private static string Figures(NationalStandardsPolicy policy) =>
        JsonSerializer.Serialize(new { policy.DueSoonLeads, policy.EscalateAfter, policy.WarningStandsFor, policy.Rules }, OrderJson.Options);
}
