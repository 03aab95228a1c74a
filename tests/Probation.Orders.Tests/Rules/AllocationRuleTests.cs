using Probation.Orders.Policy;
using Probation.Orders.Support;

namespace Probation.Orders.Rules;

public sealed class AllocationRuleTests
{
    [Fact]
    public void Due_SentenceBeforeChristmas2026_ThreeWorkingDaysSkippingChristmas()
    {
        var start = Calendars.Date("2026-12-23");

        var due = AllocationRule.Due(start, NationalStandardsPolicy.Seeded, Calendars.Embedded());

        Assert.Equal(new DutyDue(RuleIds.Allocation, Calendars.Date("2026-12-30"), "3 working days after 2026-12-23 (skipped 2026-12-25, 2026-12-28)"), due);
    }

    [Fact]
    public void Due_OverriddenPolicy_UsesThePolicyFigure()
    {
        var policy = NationalStandardsPolicy.Seeded.WithOverrides(new NationalStandardsPolicyOverrides
        {
            Version = 2,
            Rules = new Dictionary<string, RuleTimingOverride> { [RuleIds.Allocation] = new() { Due = "1 week" } },
        });

        var due = AllocationRule.Due(Calendars.Date("2027-06-01"), policy, Calendars.Embedded());

        Assert.Equal(Calendars.Date("2027-06-08"), due.DueDate);
        Assert.Equal("1 week after 2027-06-01", due.Reason);
    }
}
