namespace Probation.Orders.Policy;

/// <summary>
/// Changes to a policy as configuration states them, keyed by rule id, periods in text form. A host
/// binds it from a section, e.g. <c>NationalStandards:Rules:T-REVIEW:Due = "12 weeks"</c>, and
/// calls <see cref="NationalStandardsPolicy.WithOverrides"/>. Anything not given keeps its value.
/// </summary>
public sealed record NationalStandardsPolicyOverrides
{
    /// <summary>The new policy's name.</summary>
    public string? Name { get; init; }

    /// <summary>The new policy's version; it must change whenever a figure changes.</summary>
    public int? Version { get; init; }

    /// <summary>Default "due soon" reminder leads, e.g. <c>["2 working days"]</c>.</summary>
    public IReadOnlyList<string>? DueSoonLeads { get; init; }

    /// <summary>Default escalation delay after the due date, e.g. <c>"1 working day"</c>.</summary>
    public string? EscalateAfter { get; init; }

    /// <summary>How long a warning stands, e.g. <c>"12 months"</c>.</summary>
    public string? WarningStandsFor { get; init; }

    /// <summary>Per-rule changes, keyed by rule id (<c>T-REVIEW</c>), case-insensitively.</summary>
    public IReadOnlyDictionary<string, RuleTimingOverride>? Rules { get; init; }
}
