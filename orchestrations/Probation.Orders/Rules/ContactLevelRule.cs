using Probation.Orders.Calendar;
using Probation.Orders.Policy;

namespace Probation.Orders.Rules;

/// <summary>
/// T-CONTACT: appointments kept, 12 in months 1-3 and 6 in months 4-6, for tiers 2-4, checked at 3
/// and 6 months ([003] L1598, the HMIP contact measure). Counted from sentence or release.
/// </summary>
public static class ContactLevelRule
{
    /// <summary>The rule id in DOMAIN.md.</summary>
    public const string Id = RuleIds.ContactLevels;

    /// <summary>Count name: appointments required in the first period.</summary>
    public const string FirstPeriod = "firstPeriod";

    /// <summary>Count name: appointments required in the second period.</summary>
    public const string SecondPeriod = "secondPeriod";

    /// <summary>Count name: the lowest tier the rule applies to.</summary>
    public const string FromTier = "fromTier";

    /// <summary>The <c>ns-seeded</c> v1 figures: first check 3 months after the start, second 3 months later.</summary>
    public static RuleTiming Default { get; } = new(
        new Period(3, PeriodUnit.Months),
        Repeat: new Period(3, PeriodUnit.Months),
        Counts: new Dictionary<string, int>(StringComparer.Ordinal) { [FirstPeriod] = 12, [SecondPeriod] = 6, [FromTier] = 2 });

    /// <summary>Whether the rule applies to a case of <paramref name="tier"/>.</summary>
    public static bool Applies(int tier, NationalStandardsPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return tier >= policy.Timing(Id).NamedCount(FromTier);
    }

    /// <summary>The two checks, counted from <paramref name="start"/> (sentence or release).</summary>
    public static IReadOnlyList<ContactCheckpoint> Checkpoints(DateOnly start, NationalStandardsPolicy policy, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var timing = policy.Timing(Id);
        var first = DutyDue.After(Id, start, timing.Due, calendar);
        var second = DutyDue.After(Id, first.DueDate, timing.RequireRepeat(), calendar);
        return
        [
            new ContactCheckpoint(first, start, timing.NamedCount(FirstPeriod)),
            new ContactCheckpoint(second, first.DueDate, timing.NamedCount(SecondPeriod)),
        ];
    }

    /// <summary>
    /// Whether enough of <paramref name="keptAppointments"/> (dates of attended appointments) fall in the
    /// checkpoint's period.
    /// </summary>
    public static bool IsMet(ContactCheckpoint checkpoint, IEnumerable<DateOnly> keptAppointments)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        ArgumentNullException.ThrowIfNull(keptAppointments);
        var kept = keptAppointments.Count(d => d >= checkpoint.PeriodStart && d < checkpoint.Due.DueDate);
        return kept >= checkpoint.RequiredAppointments;
    }
}
