namespace Probation.Orders.Policy;

/// <summary>
/// The figures of one T-* rule. Every rule has <see cref="Due"/>; reminder timing falls back to the
/// policy's defaults; <see cref="Periods"/> and <see cref="Counts"/> hold a rule's own extra figures,
/// named in its file under <c>Rules/</c> (e.g. the handover offsets of T-HANDOVER).
/// </summary>
/// <param name="Due">How long after the rule's starting date the duty falls due.</param>
/// <param name="Repeat">For recurring duties: how long after the previous one the next falls due.</param>
/// <param name="DueSoonLeads">When "due soon" reminders go out, before the due date; null means the policy default.</param>
/// <param name="EscalateAfter">When an open duty is escalated, after the due date; null means the policy default.</param>
public sealed record RuleTiming(
    Period Due,
    Period? Repeat = null,
    IReadOnlyList<Period>? DueSoonLeads = null,
    Period? EscalateAfter = null,
    IReadOnlyDictionary<string, Period>? Periods = null,
    IReadOnlyDictionary<string, int>? Counts = null)
{
    /// <summary>The rule's extra period called <paramref name="name"/>.</summary>
    public Period NamedPeriod(string name) =>
        Periods?.GetValueOrDefault(name) ?? throw new KeyNotFoundException($"The rule has no period '{name}'.");

    /// <summary>The rule's count called <paramref name="name"/>.</summary>
    public int NamedCount(string name) =>
        Counts is not null && Counts.TryGetValue(name, out var count) ? count : throw new KeyNotFoundException($"The rule has no count '{name}'.");

    /// <summary>The rule's <see cref="Repeat"/>, which recurring rules must have.</summary>
    public Period RequireRepeat() => Repeat ?? throw new InvalidOperationException("The rule does not repeat.");
}
