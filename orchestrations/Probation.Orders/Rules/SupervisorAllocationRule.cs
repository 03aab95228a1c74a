using Probation.Orders.Calendar;
using Probation.Orders.Policy;

namespace Probation.Orders.Rules;

/// <summary>
/// T-OS-ALLOC: an offender supervisor is allocated 2 working days after reception into prison ([002] L254); a
/// transfer re-arms it from the transfer date ([002] L255, L285).
/// </summary>
public static class SupervisorAllocationRule
{
    /// <summary>The rule id in DOMAIN.md.</summary>
    public const string Id = RuleIds.SupervisorAllocation;

    /// <summary>The <c>ns-seeded</c> v1 figures.</summary>
    public static RuleTiming Default { get; } = new(new Period(2, PeriodUnit.WorkingDays));

    /// <summary>Due after reception, or after a transfer.</summary>
    public static DutyDue Due(DateOnly receivedOn, NationalStandardsPolicy policy, WorkingDayCalendar calendar) =>
        DutyDue.After(Id, receivedOn, policy, calendar);
}
