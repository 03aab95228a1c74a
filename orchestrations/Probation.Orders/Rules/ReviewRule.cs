using Probation.Orders.Calendar;
using Probation.Orders.Documents;
using Probation.Orders.Policy;

namespace Probation.Orders.Rules;

/// <summary>
/// T-REVIEW: a formal review of a community order or SSO every 16 weeks; the cycle restarts at each
/// completed review, early reviews included. Tier 1 cases without a supervision requirement have
/// no scheduled reviews ([000] L453).
/// </summary>
public static class ReviewRule
{
    /// <summary>The rule id in DOMAIN.md.</summary>
    public const string Id = RuleIds.Review;

    /// <summary>The <c>ns-seeded</c> v1 figures.</summary>
    public static RuleTiming Default { get; } = new(new Period(16, PeriodUnit.Weeks));

    /// <summary>
    /// Whether scheduled reviews apply to a case of <paramref name="tier"/> with <paramref name="requirements"/>.
    /// </summary>
    public static bool Applies(int tier, IEnumerable<Requirement> requirements)
    {
        ArgumentNullException.ThrowIfNull(requirements);
        return tier > 1 || requirements.Any(r => r.Type == RequirementType.Supervision);
    }

    /// <summary>
    /// The next review, counted from <paramref name="cycleStart"/>: the sentence date or the last completed
    /// review.
    /// </summary>
    public static DutyDue Due(DateOnly cycleStart, NationalStandardsPolicy policy, WorkingDayCalendar calendar) =>
        DutyDue.After(Id, cycleStart, policy, calendar);
}
