using Probation.Orders.Policy;
using Probation.Orders.Support;

namespace Probation.Orders.Rules;

public sealed class ExplanationActionRuleTests
{
    [Fact]
    public void Due_FailureOnThursdayBeforeEaster2027_TwoWorkingDaysAfterEasterMonday()
    {
        var start = Calendars.Date("2027-03-25");

        var due = ExplanationActionRule.Due(start, NationalStandardsPolicy.Seeded, Calendars.Embedded());

        Assert.Equal(new DutyDue(RuleIds.ExplanationAction, Calendars.Date("2027-03-31"), "2 working days after 2027-03-25 (skipped 2027-03-26, 2027-03-29)"), due);
    }

    [Fact]
    public void Due_OverriddenPolicy_UsesThePolicyFigure()
    {
        var policy = NationalStandardsPolicy.Seeded.WithOverrides(new NationalStandardsPolicyOverrides
        {
            Version = 2,
            Rules = new Dictionary<string, RuleTimingOverride> { [RuleIds.ExplanationAction] = new() { Due = "1 week" } },
        });

        var due = ExplanationActionRule.Due(Calendars.Date("2027-06-01"), policy, Calendars.Embedded());

        Assert.Equal(Calendars.Date("2027-06-08"), due.DueDate);
        Assert.Equal("1 week after 2027-06-01", due.Reason);
    }
}
