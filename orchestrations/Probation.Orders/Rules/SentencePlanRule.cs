using Probation.Orders.Calendar;
using Probation.Orders.Policy;

namespace Probation.Orders.Rules;

/// <summary>
/// T-PLAN: the sentence plan of a community order or SSO is completed 15 working days after sentence ([003]
/// L2036, NS 2007).
/// </summary>
public static class SentencePlanRule
{
    /// <summary>The rule id in DOMAIN.md.</summary>
    public const string Id = RuleIds.SentencePlan;

    /// <summary>The <c>ns-seeded</c> v1 figures.</summary>
    public static RuleTiming Default { get; } = new(new Period(15, PeriodUnit.WorkingDays));

    /// <summary>Due after <paramref name="sentenceDate"/>.</summary>
    public static DutyDue Due(DateOnly sentenceDate, NationalStandardsPolicy policy, WorkingDayCalendar calendar) =>
        DutyDue.After(Id, sentenceDate, policy, calendar);
}
