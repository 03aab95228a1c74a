using Probation.Orders.Calendar;
using Probation.Orders.Policy;

namespace Probation.Orders.Rules;

/// <summary>
/// T-EXPLAIN-ACT: act within 2 working days to obtain an explanation for a failure to comply ([003] L2057). The
/// service meets it by construction: the warning letter goes out the day the failure is recorded.
/// </summary>
public static class ExplanationActionRule
{
    /// <summary>The rule id in DOMAIN.md.</summary>
    public const string Id = RuleIds.ExplanationAction;

    /// <summary>The <c>ns-seeded</c> v1 figures.</summary>
    public static RuleTiming Default { get; } = new(new Period(2, PeriodUnit.WorkingDays));

    /// <summary>Due after the date the failure was recorded.</summary>
    public static DutyDue Due(DateOnly failureRecordedOn, NationalStandardsPolicy policy, WorkingDayCalendar calendar) =>
        DutyDue.After(Id, failureRecordedOn, policy, calendar);
}
