using Probation.Orders.Policy;
using Probation.Orders.Support;

namespace Probation.Orders.Rules;

public sealed class ExplanationWindowRuleTests
{
    [Fact]
    public void ExplainBy_WarningOnMonday2027_02_01_FollowingMonday()
    {
        var start = Calendars.Date("2027-02-01");

        var due = ExplanationWindowRule.ExplainBy(start, NationalStandardsPolicy.Seeded, Calendars.Embedded());

        Assert.Equal(new DutyDue(RuleIds.ExplanationWindow, Calendars.Date("2027-02-08"), "5 working days after 2027-02-01"), due);
    }

    [Fact]
    public void ExplainBy_OverriddenPolicy_UsesThePolicyFigure()
    {
        var policy = NationalStandardsPolicy.Seeded.WithOverrides(new NationalStandardsPolicyOverrides
        {
            Version = 2,
            Rules = new Dictionary<string, RuleTimingOverride> { [RuleIds.ExplanationWindow] = new() { Due = "1 week" } },
        });

        var due = ExplanationWindowRule.ExplainBy(Calendars.Date("2027-06-01"), policy, Calendars.Embedded());

        Assert.Equal(Calendars.Date("2027-06-08"), due.DueDate);
        Assert.Equal("1 week after 2027-06-01", due.Reason);
    }
}
