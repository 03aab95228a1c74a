using System.Text.Json.Serialization;
using Probation.Orders.Rules;

namespace Probation.Orders.Policy;

/// <summary>
/// Every timed duty of DOMAIN.md as data, named and versioned. An order keeps the policy it started
/// under (it travels in the orchestration input), so replay stays deterministic and a new version
/// applies to new orders only. Each rule's default and calculation live in <c>Rules/</c>, one file
/// per rule id; <see cref="RuleIds"/> lists them.
/// </summary>
/// <param name="DueSoonLeads">When "due soon" reminders go out before a due date, unless a rule says otherwise.</param>
/// <param name="EscalateAfter">When an open duty is escalated after its due date, unless a rule says otherwise.</param>
/// <param name="WarningStandsFor">How long a warning stands (Sentencing Act 2020 Sch 10 para 6: 12 months).</param>
/// <param name="Rules">Rule id (<c>T-REVIEW</c>) → its figures.</param>
public sealed partial record NationalStandardsPolicy(
    string Name,
    int Version,
    IReadOnlyList<Period> DueSoonLeads,
    Period EscalateAfter,
    Period WarningStandsFor,
    IReadOnlyDictionary<string, RuleTiming> Rules)
{
    /// <summary>The name of the seeded defaults.</summary>
    public const string SeededName = "ns-seeded";

    /// <summary>The version of the seeded defaults.</summary>
    public const int SeededVersion = 1;

    /// <summary>
    /// <c>ns-seeded</c> v1: the defaults of DOMAIN.md. "Due soon" 2 working days before, escalation on
    /// the first working day after the due date, warnings standing 12 months.
    /// </summary>
    public static NationalStandardsPolicy Seeded { get; } = new(
        SeededName,
        SeededVersion,
        [new Period(2, PeriodUnit.WorkingDays)],
        new Period(1, PeriodUnit.WorkingDays),
        new Period(12, PeriodUnit.Months),
        SeededRules.Timings);

    /// <summary>The name and version, as orders and reminders carry them.</summary>
    [JsonIgnore]
    public PolicyReference Reference => new(Name, Version);

    /// <summary>The figures of <paramref name="ruleId"/>.</summary>
    public RuleTiming Timing(string ruleId) =>
        Rules.TryGetValue(ruleId, out var timing)
            ? timing
            : throw new KeyNotFoundException($"Policy {Name} v{Version} has no rule {ruleId}.");

    /// <summary>The "due soon" reminder leads of <paramref name="ruleId"/>.</summary>
    public IReadOnlyList<Period> DueSoonLeadsFor(string ruleId) => Timing(ruleId).DueSoonLeads ?? DueSoonLeads;

    /// <summary>The escalation delay of <paramref name="ruleId"/>.</summary>
    public Period EscalateAfterFor(string ruleId) => Timing(ruleId).EscalateAfter ?? EscalateAfter;
}
