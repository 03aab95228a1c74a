using Probation.Orders.Calendar;
using Probation.Orders.Documents;
using Probation.Orders.Policy;

namespace Probation.Orders.Rules;

/// <summary>
/// T-HANDOVER, from Manage POM Cases' handover calculation (research/anchors-probation.md 1.5):
/// indeterminate → release − 12 months; sentence + 10 months ≥ release → community OM from the start;
/// parole eligibility date → release − 12 months; other determinate → release − 8 months − 14 days.
/// Dates are calendar dates. Reminders: 8 weeks before to the prison OM, on the day, and an
/// escalation 14 days after if no community OM is allocated by then.
/// </summary>
public static class HandoverRule
{
    /// <summary>The rule id in DOMAIN.md.</summary>
    public const string Id = RuleIds.Handover;

    /// <summary>Period name: release within this of sentence means no handover.</summary>
    public const string ShortSentenceWithin = "shortSentenceWithin";

    /// <summary>Period name: offset before release for indeterminate and parole cases.</summary>
    public const string ParoleOrIndeterminateOffset = "paroleOrIndeterminateOffset";

    /// <summary>Period name: offset before release for other determinate sentences.</summary>
    public const string DeterminateOffset = "determinateOffset";

    /// <summary>Period name: further offset after <see cref="DeterminateOffset"/>.</summary>
    public const string DeterminateExtraOffset = "determinateExtraOffset";

    /// <summary>The <c>ns-seeded</c> v1 figures; the duty is due on the handover date itself.</summary>
    public static RuleTiming Default { get; } = new(
        new Period(0, PeriodUnit.CalendarDays),
        DueSoonLeads: [new Period(8, PeriodUnit.Weeks), new Period(0, PeriodUnit.CalendarDays)],
        EscalateAfter: new Period(14, PeriodUnit.CalendarDays),
        Periods: new Dictionary<string, Period>(StringComparer.Ordinal)
        {
            [ShortSentenceWithin] = new(10, PeriodUnit.Months),
            [ParoleOrIndeterminateOffset] = new(12, PeriodUnit.Months),
            [DeterminateOffset] = new(8, PeriodUnit.Months),
            [DeterminateExtraOffset] = new(14, PeriodUnit.CalendarDays),
        });

    /// <summary>The handover of a custody order sentenced on <paramref name="sentenceDate"/>.</summary>
    public static HandoverPlan Calculate(DateOnly sentenceDate, CustodyDetails custody, NationalStandardsPolicy policy, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(custody);
        ArgumentNullException.ThrowIfNull(policy);
        var timing = policy.Timing(Id);
        var release = custody.ReleaseDate;
        var releaseName = custody.ParoleEligibilityDate is null ? "expected release date" : "parole eligibility date";
        var releaseText = $"the {releaseName} {WorkingDayCalendar.Iso(release)}";

        // Manage POM Cases checks indeterminate sentences before the short-sentence rule.
        var shortLimit = timing.NamedPeriod(ShortSentenceWithin).After(sentenceDate, calendar);
        if (!custody.Indeterminate && shortLimit.Date >= release)
        {
            return CommunityFromStart(release, $"{shortLimit.Reason} is on or after {releaseText}");
        }

        var (kind, offsets, sentence) = Offsets(custody, timing);
        var handover = offsets.Aggregate(release, (date, offset) => offset.Before(date, calendar).Date);
        var reason = $"{string.Join(" and ", offsets.Where(o => o.Amount > 0))} before {releaseText} ({sentence})";
        if (handover <= sentenceDate)
        {
            var sentenced = WorkingDayCalendar.Iso(sentenceDate);
            return CommunityFromStart(release, $"{reason} falls on or before the sentence date {sentenced}");
        }

        var due = DutyDue.After(Id, new CalculatedDate(handover, reason), policy, calendar);
        return new HandoverPlan(kind, release, handover, reason, due);
    }

    private static (HandoverKind Kind, Period[] Offsets, string Sentence) Offsets(CustodyDetails custody, RuleTiming timing)
    {
        if (custody.Indeterminate)
        {
            return (HandoverKind.Indeterminate, [timing.NamedPeriod(ParoleOrIndeterminateOffset)], "indeterminate sentence");
        }

        return custody.ParoleEligibilityDate is not null
            ? (HandoverKind.DeterminateWithParole, [timing.NamedPeriod(ParoleOrIndeterminateOffset)], "determinate sentence with a parole eligibility date")
            : (HandoverKind.Determinate, [timing.NamedPeriod(DeterminateOffset), timing.NamedPeriod(DeterminateExtraOffset)], "determinate sentence without a parole eligibility date");
    }

    private static HandoverPlan CommunityFromStart(DateOnly release, string why) =>
        new(HandoverKind.CommunityFromStart, release, null, $"community OM responsible from the start: {why}", null);
}
