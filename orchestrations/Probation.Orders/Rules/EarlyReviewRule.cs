using Probation.Orders.Calendar;
using Probation.Orders.Policy;

namespace Probation.Orders.Rules;

/// <summary>
/// T-EARLY: an early review 5 working days after programme completion, breach, a significant life event or a risk
/// change (including a tier override) ([000] L453, L461). Completing it restarts the T-REVIEW cycle.
/// </summary>
public static class EarlyReviewRule
{
    /// <summary>The rule id in DOMAIN.md.</summary>
    public const string Id = RuleIds.EarlyReview;

    /// <summary>The <c>ns-seeded</c> v1 figures.</summary>
    public static RuleTiming Default { get; } = new(new Period(5, PeriodUnit.WorkingDays));

    /// <summary>Due after the date of the event that triggered it.</summary>
    public static DutyDue Due(DateOnly eventDate, NationalStandardsPolicy policy, WorkingDayCalendar calendar) =>
        DutyDue.After(Id, eventDate, policy, calendar);
}
