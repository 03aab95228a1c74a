using Probation.Orders.Policy;
using Probation.Orders.Support;

namespace Probation.Orders.Rules;

public sealed class EarlyReviewRuleTests
{
    [Fact]
    public void Due_EventBeforeEaster2027_FiveWorkingDaysSkippingEaster()
    {
        var start = Calendars.Date("2027-03-24");

        var due = EarlyReviewRule.Due(start, NationalStandardsPolicy.Seeded, Calendars.Embedded());

        Assert.Equal(new DutyDue(RuleIds.EarlyReview, Calendars.Date("2027-04-02"), "5 working days after 2027-03-24 (skipped 2027-03-26, 2027-03-29)"), due);
    }

    [Fact]
    public void Due_OverriddenPolicy_UsesThePolicyFigure()
    {
        var policy = NationalStandardsPolicy.Seeded.WithOverrides(new NationalStandardsPolicyOverrides
        {
            Version = 2,
            Rules = new Dictionary<string, RuleTimingOverride> { [RuleIds.EarlyReview] = new() { Due = "1 week" } },
        });

        var due = EarlyReviewRule.Due(Calendars.Date("2027-06-01"), policy, Calendars.Embedded());

        Assert.Equal(Calendars.Date("2027-06-08"), due.DueDate);
        Assert.Equal("1 week after 2027-06-01", due.Reason);
    }
}
