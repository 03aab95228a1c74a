using Probation.Orders.Policy;
using Probation.Orders.Support;

namespace Probation.Orders.Rules;

public sealed class OffenderManagerContactRuleTests
{
    [Fact]
    public void Due_Sentence2026_12_23_TwelveMonthsLater()
    {
        var start = Calendars.Date("2026-12-23");

        var due = OffenderManagerContactRule.Due(start, NationalStandardsPolicy.Seeded, Calendars.Embedded());

        Assert.Equal(new DutyDue(RuleIds.OffenderManagerContact, Calendars.Date("2027-12-23"), "12 months after 2026-12-23"), due);
    }

    [Fact]
    public void Due_OverriddenPolicy_UsesThePolicyFigure()
    {
        var policy = NationalStandardsPolicy.Seeded.WithOverrides(new NationalStandardsPolicyOverrides
        {
            Version = 2,
            Rules = new Dictionary<string, RuleTimingOverride> { [RuleIds.OffenderManagerContact] = new() { Due = "1 week" } },
        });

        var due = OffenderManagerContactRule.Due(Calendars.Date("2027-06-01"), policy, Calendars.Embedded());

        Assert.Equal(Calendars.Date("2027-06-08"), due.DueDate);
        Assert.Equal("1 week after 2027-06-01", due.Reason);
    }
}
