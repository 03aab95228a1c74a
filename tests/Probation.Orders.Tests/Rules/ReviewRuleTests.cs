using Probation.Orders.Documents;
using Probation.Orders.Policy;
using Probation.Orders.Support;

namespace Probation.Orders.Rules;

public sealed class ReviewRuleTests
{
    [Fact]
    public void Due_FromSentence_SixteenWeeks()
    {
        var sentenceDate = Calendars.Date("2026-12-23");

        var due = ReviewRule.Due(sentenceDate, NationalStandardsPolicy.Seeded, Calendars.Embedded());

        Assert.Equal(new DutyDue("T-REVIEW", Calendars.Date("2027-04-14"), "16 weeks after 2026-12-23"), due);
    }

    [Fact]
    public void Due_AfterAnEarlyReview_CycleRestartsFromIt()
    {
        var earlyReviewCompleted = Calendars.Date("2027-02-10");

        var due = ReviewRule.Due(earlyReviewCompleted, NationalStandardsPolicy.Seeded, Calendars.Embedded());

        Assert.Equal(Calendars.Date("2027-06-02"), due.DueDate);
    }

    [Fact]
    public void Applies_Tier1WithoutSupervision_False()
    {
        Requirement[] requirements = [new(RequirementType.UnpaidWork, 80)];

        var applies = ReviewRule.Applies(1, requirements);

        Assert.False(applies);
    }

    [Fact]
    public void Applies_Tier1WithSupervision_True()
    {
        Requirement[] requirements = [new(RequirementType.Supervision)];

        var applies = ReviewRule.Applies(1, requirements);

        Assert.True(applies);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Applies_Tier2To4WithoutSupervision_True(int tier)
    {
        Requirement[] requirements = [new(RequirementType.Curfew)];

        var applies = ReviewRule.Applies(tier, requirements);

        Assert.True(applies);
    }
}
