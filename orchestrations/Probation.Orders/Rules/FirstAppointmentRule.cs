using Probation.Orders.Calendar;
using Probation.Orders.Policy;

namespace Probation.Orders.Rules;

/// <summary>
/// T-FIRST: the first appointment is held within 5 working days of sentence (community orders and SSOs) or of
/// release (licences) ([003] L1598, L2045-2046). Release is the actual date of the release event, which may
/// differ from the expected one.
/// </summary>
public static class FirstAppointmentRule
{
    /// <summary>The rule id in DOMAIN.md.</summary>
    public const string Id = RuleIds.FirstAppointment;

    /// <summary>The <c>ns-seeded</c> v1 figures.</summary>
    public static RuleTiming Default { get; } = new(new Period(5, PeriodUnit.WorkingDays));

    /// <summary>
    /// Due after <paramref name="sentenceOrRelease"/>: e.g. sentence 2026-12-23 gives 2027-01-04 across
    /// Christmas.
    /// </summary>
    public static DutyDue Due(DateOnly sentenceOrRelease, NationalStandardsPolicy policy, WorkingDayCalendar calendar) =>
        DutyDue.After(Id, sentenceOrRelease, policy, calendar);
}
