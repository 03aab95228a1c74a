using Probation.Orders.Calendar;
using Probation.Orders.Policy;

namespace Probation.Orders.Rules;

/// <summary>
/// T-ALLOC: the order is allocated to a named offender manager 3 working days after sentence, or after receipt of
/// the order when it arrives later (National Standards 2007; the tier 4 figure of 1 day is not in DOMAIN.md).
/// </summary>
public static class AllocationRule
{
    /// <summary>The rule id in DOMAIN.md.</summary>
    public const string Id = RuleIds.Allocation;

    /// <summary>The <c>ns-seeded</c> v1 figures.</summary>
    public static RuleTiming Default { get; } = new(new Period(3, PeriodUnit.WorkingDays));

    /// <summary>Due after <paramref name="sentenceOrReceipt"/>.</summary>
    public static DutyDue Due(DateOnly sentenceOrReceipt, NationalStandardsPolicy policy, WorkingDayCalendar calendar) =>
        DutyDue.After(Id, sentenceOrReceipt, policy, calendar);
}
