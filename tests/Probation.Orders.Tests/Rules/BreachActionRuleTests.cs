using Probation.Orders.Policy;
using Probation.Orders.Support;

namespace Probation.Orders.Rules;

public sealed class BreachActionRuleTests
{
    [Fact]
    public void Due_FailureBeforeChristmas2026_TenWorkingDays()
    {
        var start = Calendars.Date("2026-12-21");

        var due = BreachActionRule.Due(start, NationalStandardsPolicy.Seeded, Calendars.Embedded());

        Assert.Equal(new DutyDue(RuleIds.BreachAction, Calendars.Date("2027-01-07"), "10 working days after 2026-12-21 (skipped 2026-12-25, 2026-12-28, 2027-01-01)"), due);
    }

    [Fact]
    public void Due_OverriddenPolicy_UsesThePolicyFigure()
    {
        var policy = NationalStandardsPolicy.Seeded.WithOverrides(new NationalStandardsPolicyOverrides
        {
            Version = 2,
            Rules = new Dictionary<string, RuleTimingOverride> { [RuleIds.BreachAction] = new() { Due = "1 week" } },
        });

        var due = BreachActionRule.Due(Calendars.Date("2027-06-01"), policy, Calendars.Embedded());

        Assert.Equal(Calendars.Date("2027-06-08"), due.DueDate);
        Assert.Equal("1 week after 2027-06-01", due.Reason);
    }
}
