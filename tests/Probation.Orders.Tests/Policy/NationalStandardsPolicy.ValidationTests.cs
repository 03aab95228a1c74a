using Probation.Orders.Rules;

namespace Probation.Orders.Policy;

public sealed class NationalStandardsPolicyValidationTests
{
    [Fact]
    public void Validate_RuleMissing_ReportsItsId()
    {
        var rules = NationalStandardsPolicy.Seeded.Rules.Where(r => r.Key != RuleIds.Review).ToDictionary();
        var policy = NationalStandardsPolicy.Seeded with { Rules = rules };

        var result = policy.Validate();

        Assert.Equal(["is required"], result.Errors["rules.T-REVIEW"]);
    }

    [Fact]
    public void Validate_UnknownRuleId_Reported()
    {
        var rules = new Dictionary<string, RuleTiming>(NationalStandardsPolicy.Seeded.Rules) { ["T-EXTRA"] = new(new Period(1, PeriodUnit.Weeks)) };
        var policy = NationalStandardsPolicy.Seeded with { Rules = rules };

        var result = policy.Validate();

        Assert.Equal(["is not a rule id of DOMAIN.md"], result.Errors["rules.T-EXTRA"]);
    }

    [Fact]
    public void Validate_BadFigures_ListsEveryProblem()
    {
        var rules = new Dictionary<string, RuleTiming>(NationalStandardsPolicy.Seeded.Rules)
        {
            [RuleIds.FirstAppointment] = new(new Period(-1, PeriodUnit.WorkingDays)),
            [RuleIds.Handover] = HandoverRule.Default with { Periods = new Dictionary<string, Period> { [HandoverRule.DeterminateOffset] = new(8, PeriodUnit.Months) } },
        };
        var policy = NationalStandardsPolicy.Seeded with { Name = "Bad Name", Version = 0, EscalateAfter = new Period(0, PeriodUnit.WorkingDays), Rules = rules };

        var result = policy.Validate();

        Assert.Equal(["must match ^[a-z0-9][a-z0-9-]{0,39}$"], result.Errors["name"]);
        Assert.Equal(["must be at least 1"], result.Errors["version"]);
        Assert.Equal(["must be at least 1"], result.Errors["escalateAfter"]);
        Assert.Equal(["must be at least 0"], result.Errors["rules.T-FIRST.due"]);
        Assert.Equal(["is required"], result.Errors["rules.T-HANDOVER.periods.shortSentenceWithin"]);
    }

    [Fact]
    public void Validate_RepeatRemovedFromRecurringRule_Reported()
    {
        var rules = new Dictionary<string, RuleTiming>(NationalStandardsPolicy.Seeded.Rules)
        {
            [RuleIds.CustodyPlan] = CustodyPlanRule.Default with { Repeat = null },
        };
        var policy = NationalStandardsPolicy.Seeded with { Rules = rules };

        var result = policy.Validate();

        Assert.Equal(["is required"], result.Errors["rules.T-CUSTODY-PLAN.repeat"]);
    }
}
