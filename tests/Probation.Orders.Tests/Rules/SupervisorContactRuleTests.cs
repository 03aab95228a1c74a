using Probation.Orders.Policy;
using Probation.Orders.Support;

namespace Probation.Orders.Rules;

public sealed class SupervisorContactRuleTests
{
    [Fact]
    public void Due_SentenceBeforeChristmas2026_TenCalendarDays()
    {
        var start = Calendars.Date("2026-12-23");

        var due = SupervisorContactRule.Due(start, NationalStandardsPolicy.Seeded, Calendars.Embedded());

        Assert.Equal(new DutyDue(RuleIds.SupervisorContact, Calendars.Date("2027-01-02"), "10 days after 2026-12-23"), due);
    }

    [Fact]
    public void Due_OverriddenPolicy_UsesThePolicyFigure()
    {
        var policy = NationalStandardsPolicy.Seeded.WithOverrides(new NationalStandardsPolicyOverrides
        {
            Version = 2,
            Rules = new Dictionary<string, RuleTimingOverride> { [RuleIds.SupervisorContact] = new() { Due = "1 week" } },
        });

        var due = SupervisorContactRule.Due(Calendars.Date("2027-06-01"), policy, Calendars.Embedded());

        Assert.Equal(Calendars.Date("2027-06-08"), due.DueDate);
        Assert.Equal("1 week after 2027-06-01", due.Reason);
    }
}
