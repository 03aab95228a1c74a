using System.Text.Json;
using Probation.Orders.Rules;
using Probation.Orders.Validation;

namespace Probation.Orders.Policy;

public sealed class NationalStandardsPolicyTests
{
    [Fact]
    public void Seeded_Defaults_AreNsSeededVersion1()
    {
        var policy = NationalStandardsPolicy.Seeded;

        Assert.Equal(new PolicyReference("ns-seeded", 1), policy.Reference);
        Assert.True(policy.Validate().IsValid);
    }

    [Theory]
    [InlineData(RuleIds.Allocation, 3, PeriodUnit.WorkingDays)]
    [InlineData(RuleIds.FirstAppointment, 5, PeriodUnit.WorkingDays)]
    [InlineData(RuleIds.ContactLevels, 3, PeriodUnit.Months)]
    [InlineData(RuleIds.SentencePlan, 15, PeriodUnit.WorkingDays)]
    [InlineData(RuleIds.Review, 16, PeriodUnit.Weeks)]
    [InlineData(RuleIds.EarlyReview, 5, PeriodUnit.WorkingDays)]
    [InlineData(RuleIds.ExplanationAction, 2, PeriodUnit.WorkingDays)]
    [InlineData(RuleIds.ExplanationWindow, 5, PeriodUnit.WorkingDays)]
    [InlineData(RuleIds.BreachAction, 10, PeriodUnit.WorkingDays)]
    [InlineData(RuleIds.SupervisorAllocation, 2, PeriodUnit.WorkingDays)]
    [InlineData(RuleIds.SupervisorContact, 10, PeriodUnit.CalendarDays)]
    [InlineData(RuleIds.CustodyPlan, 16, PeriodUnit.Weeks)]
    [InlineData(RuleIds.OffenderManagerContact, 12, PeriodUnit.Months)]
    [InlineData(RuleIds.Handover, 0, PeriodUnit.CalendarDays)]
    [InlineData(RuleIds.OrderEnd, 0, PeriodUnit.CalendarDays)]
    public void Timing_SeededRule_HasTheDomainMdFigure(string ruleId, int amount, PeriodUnit unit)
    {
        var policy = NationalStandardsPolicy.Seeded;

        var timing = policy.Timing(ruleId);

        Assert.Equal(new Period(amount, unit), timing.Due);
    }

    [Fact]
    public void DueSoonLeadsFor_RuleWithoutItsOwn_IsTwoWorkingDays()
    {
        var policy = NationalStandardsPolicy.Seeded;

        var leads = policy.DueSoonLeadsFor(RuleIds.FirstAppointment);

        Assert.Equal([new Period(2, PeriodUnit.WorkingDays)], leads);
        Assert.Equal(new Period(1, PeriodUnit.WorkingDays), policy.EscalateAfterFor(RuleIds.FirstAppointment));
    }

    [Fact]
    public void DueSoonLeadsFor_HandoverAndOrderEnd_UseTheirOwnLeads()
    {
        var policy = NationalStandardsPolicy.Seeded;

        var handover = policy.DueSoonLeadsFor(RuleIds.Handover);
        var end = policy.DueSoonLeadsFor(RuleIds.OrderEnd);

        Assert.Equal([new Period(8, PeriodUnit.Weeks), new Period(0, PeriodUnit.CalendarDays)], handover);
        Assert.Equal([new Period(4, PeriodUnit.Weeks)], end);
        Assert.Equal(new Period(14, PeriodUnit.CalendarDays), policy.EscalateAfterFor(RuleIds.Handover));
    }

    [Fact]
    public void Timing_UnknownRule_Throws()
    {
        var policy = NationalStandardsPolicy.Seeded;

        Assert.Throws<KeyNotFoundException>(() => policy.Timing("T-NOPE"));
    }

    [Fact]
    public void Serialize_AsOrchestrationInput_RoundTripsEveryFigure()
    {
        var policy = NationalStandardsPolicy.Seeded;

        var json = JsonSerializer.Serialize(policy, OrderJson.Options);
        var read = JsonSerializer.Deserialize<NationalStandardsPolicy>(json, OrderJson.Options)!;

        Assert.Equal(json, JsonSerializer.Serialize(read, OrderJson.Options));
        Assert.Contains("\"T-REVIEW\":{\"due\":{\"amount\":16,\"unit\":\"Weeks\"}", json, StringComparison.Ordinal);
        Assert.Equal(policy.Timing(RuleIds.Handover).NamedPeriod(HandoverRule.DeterminateOffset), read.Timing(RuleIds.Handover).NamedPeriod(HandoverRule.DeterminateOffset));
    }
}
