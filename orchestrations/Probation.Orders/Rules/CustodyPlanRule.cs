using Probation.Orders.Calendar;
using Probation.Orders.Documents;
using Probation.Orders.Policy;

namespace Probation.Orders.Rules;

/// <summary>
/// T-CUSTODY-PLAN: for custodial sentences over 12 months, a sentence plan 16 weeks after sentence,
/// then reviewed yearly ([002] L294).
/// </summary>
public static class CustodyPlanRule
{
    /// <summary>The rule id in DOMAIN.md.</summary>
    public const string Id = RuleIds.CustodyPlan;

    /// <summary>Period name: sentences longer than this need a plan.</summary>
    public const string SentenceOver = "sentenceOver";

    /// <summary>The <c>ns-seeded</c> v1 figures.</summary>
    public static RuleTiming Default { get; } = new(
        new Period(16, PeriodUnit.Weeks),
        Repeat: new Period(12, PeriodUnit.Months),
        Periods: new Dictionary<string, Period>(StringComparer.Ordinal) { [SentenceOver] = new(12, PeriodUnit.Months) });

    /// <summary>
    /// Whether the sentence is long enough: indeterminate sentences always are; otherwise the length
    /// in months when the court gave it, else the licence end date stands for the sentence's end.
    /// </summary>
    public static bool Applies(DateOnly sentenceDate, int? lengthMonths, CustodyDetails custody, NationalStandardsPolicy policy, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(custody);
        ArgumentNullException.ThrowIfNull(policy);
        if (custody.Indeterminate)
        {
            return true;
        }

        var threshold = policy.Timing(Id).NamedPeriod(SentenceOver).After(sentenceDate, calendar).Date;
        var sentenceEnd = lengthMonths is { } months ? sentenceDate.AddMonths(months) : custody.LicenceEndDate;
        return sentenceEnd > threshold;
    }

    /// <summary>The first plan, counted from <paramref name="sentenceDate"/>.</summary>
    public static DutyDue FirstDue(DateOnly sentenceDate, NationalStandardsPolicy policy, WorkingDayCalendar calendar) =>
        DutyDue.After(Id, sentenceDate, policy, calendar);

    /// <summary>The next yearly review of the plan, counted from the last one.</summary>
    public static DutyDue NextDue(DateOnly lastPlanOn, NationalStandardsPolicy policy, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return DutyDue.After(Id, lastPlanOn, policy.Timing(Id).RequireRepeat(), calendar);
    }
}
