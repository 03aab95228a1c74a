using Probation.Orders.Calendar;
using Probation.Orders.Policy;

namespace Probation.Orders.Rules;

/// <summary>
/// T-EXPLAIN: after a warning letter the person has 5 working days to give an acceptable explanation
/// ([000] L467 says "five days"; DOMAIN.md reads it as working days). An acceptable one by then
/// withdraws the warning.
/// </summary>
public static class ExplanationWindowRule
{
    /// <summary>The rule id in DOMAIN.md.</summary>
    public const string Id = RuleIds.ExplanationWindow;

    /// <summary>The <c>ns-seeded</c> v1 figures.</summary>
    public static RuleTiming Default { get; } = new(new Period(5, PeriodUnit.WorkingDays));

    /// <summary>The <c>explainBy</c> date of a warning issued on <paramref name="warningDate"/>.</summary>
    public static DutyDue ExplainBy(DateOnly warningDate, NationalStandardsPolicy policy, WorkingDayCalendar calendar) =>
        DutyDue.After(Id, warningDate, policy, calendar);
}
