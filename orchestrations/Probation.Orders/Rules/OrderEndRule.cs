using Probation.Orders.Calendar;
using Probation.Orders.Documents;
using Probation.Orders.Policy;

namespace Probation.Orders.Rules;

/// <summary>
/// T-END: a community order or SSO ends at sentence date + its length; a licence at its licence end
/// date. The duty falls due on the end date, with a reminder 4 weeks before (anchors-probation).
/// </summary>
public static class OrderEndRule
{
    /// <summary>The rule id in DOMAIN.md.</summary>
    public const string Id = RuleIds.OrderEnd;

    /// <summary>The <c>ns-seeded</c> v1 figures.</summary>
    public static RuleTiming Default { get; } = new(
        new Period(0, PeriodUnit.CalendarDays),
        DueSoonLeads: [new Period(4, PeriodUnit.Weeks)]);

    /// <summary>
    /// When <paramref name="order"/> ends, as the court made it (a release may bring a new licence end date).
    /// </summary>
    public static CalculatedDate EndDate(OrderDocument order, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (order.OrderType == OrderType.Custody)
        {
            var custody = order.Custody ?? throw new ArgumentException("A custody order needs its custody block.", nameof(order));
            return LicenceEnd(custody.LicenceEndDate);
        }

        var months = order.LengthMonths ?? throw new ArgumentException("A community order or SSO needs lengthMonths.", nameof(order));
        return new Period(months, PeriodUnit.Months).After(order.SentenceDate, calendar);
    }

    /// <summary>The end of a licence ending on <paramref name="licenceEndDate"/>.</summary>
    public static CalculatedDate LicenceEnd(DateOnly licenceEndDate) =>
        new(licenceEndDate, $"licence end date {WorkingDayCalendar.Iso(licenceEndDate)}");

    /// <summary>The T-END duty for an order ending on <paramref name="endDate"/>.</summary>
    public static DutyDue Due(CalculatedDate endDate, NationalStandardsPolicy policy, WorkingDayCalendar calendar) =>
        DutyDue.After(Id, endDate, policy, calendar);
}
