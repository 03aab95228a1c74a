namespace Probation.Orders.Policy;

/// <summary>
/// Changes to one rule's figures, periods in text form ("5 working days"); see <see cref="RuleTiming"/>.
/// </summary>
public sealed record RuleTimingOverride
{
    /// <summary>Replaces <see cref="RuleTiming.Due"/>.</summary>
    public string? Due { get; init; }

    /// <summary>Replaces <see cref="RuleTiming.Repeat"/>.</summary>
    public string? Repeat { get; init; }

    /// <summary>Replaces <see cref="RuleTiming.DueSoonLeads"/>.</summary>
    public IReadOnlyList<string>? DueSoonLeads { get; init; }

    /// <summary>Replaces <see cref="RuleTiming.EscalateAfter"/>.</summary>
    public string? EscalateAfter { get; init; }

    /// <summary>Replaces named entries of <see cref="RuleTiming.Periods"/>.</summary>
    public IReadOnlyDictionary<string, string>? Periods { get; init; }

    /// <summary>Replaces named entries of <see cref="RuleTiming.Counts"/>.</summary>
    public IReadOnlyDictionary<string, int>? Counts { get; init; }
}
