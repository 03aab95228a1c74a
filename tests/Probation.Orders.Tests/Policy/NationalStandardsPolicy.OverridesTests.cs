using Probation.Orders.Rules;

namespace Probation.Orders.Policy;

public sealed class NationalStandardsPolicyOverridesTests
{
    [Fact]
    public void WithOverrides_RuleById_ChangesOnlyThatFigure()
    {
        var overrides = new NationalStandardsPolicyOverrides
        {
            Name = "ns-local",
            Version = 2,
            Rules = new Dictionary<string, RuleTimingOverride> { ["t-review"] = new() { Due = "12 weeks" } },
        };

        var policy = NationalStandardsPolicy.Seeded.WithOverrides(overrides);

        Assert.Equal(new PolicyReference("ns-local", 2), policy.Reference);
        Assert.Equal(new Period(12, PeriodUnit.Weeks), policy.Timing(RuleIds.Review).Due);
        Assert.Equal(new Period(5, PeriodUnit.WorkingDays), policy.Timing(RuleIds.FirstAppointment).Due);
        Assert.Equal(new Period(16, PeriodUnit.Weeks), NationalStandardsPolicy.Seeded.Timing(RuleIds.Review).Due);
    }

    [Fact]
    public void WithOverrides_NamedPeriodsCountsAndDefaults_Applied()
    {
        var overrides = new NationalStandardsPolicyOverrides
        {
            Version = 3,
            DueSoonLeads = ["3 working days", "1 working day"],
            WarningStandsFor = "6 months",
            Rules = new Dictionary<string, RuleTimingOverride>
            {
                ["T-HANDOVER"] = new() { Periods = new Dictionary<string, string> { [HandoverRule.DeterminateOffset] = "7 months" } },
                ["T-CONTACT"] = new() { Counts = new Dictionary<string, int> { [ContactLevelRule.FirstPeriod] = 10 } },
            },
        };

        var policy = NationalStandardsPolicy.Seeded.WithOverrides(overrides);

        Assert.Equal(new Period(7, PeriodUnit.Months), policy.Timing(RuleIds.Handover).NamedPeriod(HandoverRule.DeterminateOffset));
        Assert.Equal(new Period(14, PeriodUnit.CalendarDays), policy.Timing(RuleIds.Handover).NamedPeriod(HandoverRule.DeterminateExtraOffset));
        Assert.Equal(10, policy.Timing(RuleIds.ContactLevels).NamedCount(ContactLevelRule.FirstPeriod));
        Assert.Equal([new Period(3, PeriodUnit.WorkingDays), new Period(1, PeriodUnit.WorkingDays)], policy.DueSoonLeads);
        Assert.Equal(new Period(6, PeriodUnit.Months), policy.WarningStandsFor);
    }

    [Fact]
    public void WithOverrides_FigureChangedUnderSameVersion_Throws()
    {
        var overrides = new NationalStandardsPolicyOverrides
        {
            Rules = new Dictionary<string, RuleTimingOverride> { ["T-BREACH-ACT"] = new() { Due = "5 working days" } },
        };

        var exception = Assert.Throws<InvalidPolicyException>(() => NationalStandardsPolicy.Seeded.WithOverrides(overrides));

        Assert.True(exception.Validation.Errors.ContainsKey("version"));
    }

    [Fact]
    public void WithOverrides_NothingChanged_SamePolicyFigures()
    {
        var overrides = new NationalStandardsPolicyOverrides();

        var policy = NationalStandardsPolicy.Seeded.WithOverrides(overrides);

        Assert.Equal(NationalStandardsPolicy.Seeded.Reference, policy.Reference);
        Assert.Equal(NationalStandardsPolicy.Seeded.Timing(RuleIds.Review), policy.Timing(RuleIds.Review));
    }

    [Fact]
    public void WithOverrides_BadValues_ListsEveryProblemByPath()
    {
        var overrides = new NationalStandardsPolicyOverrides
        {
            Version = 2,
            EscalateAfter = "soon",
            Rules = new Dictionary<string, RuleTimingOverride>
            {
                ["T-NOPE"] = new() { Due = "1 week" },
                ["T-FIRST"] = new() { Due = "five working days" },
                ["T-PLAN"] = new() { Periods = new Dictionary<string, string> { ["extra"] = "1 week" } },
            },
        };

        var exception = Assert.Throws<InvalidPolicyException>(() => NationalStandardsPolicy.Seeded.WithOverrides(overrides));

        var errors = exception.Validation.Errors;
        Assert.Equal(["is not a rule id of DOMAIN.md"], errors["rules.T-NOPE"]);
        Assert.StartsWith("must be an amount and unit", errors["rules.T-FIRST.due"][0], StringComparison.Ordinal);
        Assert.StartsWith("must be an amount and unit", errors["escalateAfter"][0], StringComparison.Ordinal);
        Assert.Equal(["is not a figure of this rule"], errors["rules.T-PLAN.periods.extra"]);
        Assert.Contains("rules.T-FIRST.due", exception.Message, StringComparison.Ordinal);
    }
}
