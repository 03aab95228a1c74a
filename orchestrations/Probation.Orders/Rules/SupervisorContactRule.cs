using Probation.Orders.Calendar;
using Probation.Orders.Policy;

namespace Probation.Orders.Rules;

/// <summary>
/// T-OS-CONTACT: first contact by the offender supervisor 10 days after sentence ([002] L255 says "ten days"; NS
/// 2007 said working days, so the unit is policy data too).
/// </summary>
public static class SupervisorContactRule
{
    /// <summary>The rule id in DOMAIN.md.</summary>
    public const string Id = RuleIds.SupervisorContact;

    /// <summary>The <c>ns-seeded</c> v1 figures.</summary>
    public static RuleTiming Default { get; } = new(new Period(10, PeriodUnit.CalendarDays));

    /// <summary>Due after <paramref name="sentenceDate"/>.</summary>
    public static DutyDue Due(DateOnly sentenceDate, NationalStandardsPolicy policy, WorkingDayCalendar calendar) =>
        DutyDue.After(Id, sentenceDate, policy, calendar);
}
