using Probation.Orders.Calendar;
using Probation.Orders.Policy;

namespace Probation.Orders.Rules;

/// <summary>
/// T-OM-CONTACT: the offender manager has contact with a person in custody at least once a year ([002] L284).
/// </summary>
public static class OffenderManagerContactRule
{
    /// <summary>The rule id in DOMAIN.md.</summary>
    public const string Id = RuleIds.OffenderManagerContact;

    /// <summary>The <c>ns-seeded</c> v1 figures.</summary>
    public static RuleTiming Default { get; } = new(new Period(12, PeriodUnit.Months));

    /// <summary>Due 12 months after sentence, or after the last recorded contact.</summary>
    public static DutyDue Due(DateOnly sinceLastContact, NationalStandardsPolicy policy, WorkingDayCalendar calendar) =>
        DutyDue.After(Id, sinceLastContact, policy, calendar);
}
