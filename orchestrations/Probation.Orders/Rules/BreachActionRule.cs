using Probation.Orders.Calendar;
using Probation.Orders.Policy;

namespace Probation.Orders.Rules;

/// <summary>
/// T-BREACH-ACT: once breach is due (a further failure while a warning stands), proceedings are initiated, or a
/// manager records a compliance review, within 10 working days of that failure (NS 2007, configurable).
/// </summary>
public static class BreachActionRule
{
    /// <summary>The rule id in DOMAIN.md.</summary>
    public const string Id = RuleIds.BreachAction;

    /// <summary>The <c>ns-seeded</c> v1 figures.</summary>
    public static RuleTiming Default { get; } = new(new Period(10, PeriodUnit.WorkingDays));

    /// <summary>Due after the date of the failure that made breach due.</summary>
    public static DutyDue Due(DateOnly failureDate, NationalStandardsPolicy policy, WorkingDayCalendar calendar) =>
        DutyDue.After(Id, failureDate, policy, calendar);
}
