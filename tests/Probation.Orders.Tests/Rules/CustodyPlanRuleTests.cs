using Probation.Orders.Documents;
using Probation.Orders.Policy;
using Probation.Orders.Support;

namespace Probation.Orders.Rules;

public sealed class CustodyPlanRuleTests
{
    [Theory]
    [InlineData(13, true)]
    [InlineData(12, false)]
    [InlineData(6, false)]
    public void Applies_LengthGiven_OnlyOverTwelveMonths(int lengthMonths, bool expected)
    {
        var custody = new CustodyDetails(Calendars.Date("2027-06-01"), Calendars.Date("2027-12-01"), false);

        var applies = CustodyPlanRule.Applies(Calendars.Date("2026-12-23"), lengthMonths, custody, NationalStandardsPolicy.Seeded, Calendars.Embedded());

        Assert.Equal(expected, applies);
    }

    [Fact]
    public void Applies_NoLength_LicenceEndStandsForTheSentenceEnd()
    {
        var custody = new CustodyDetails(Calendars.Date("2027-06-01"), Calendars.Date("2028-06-01"), false);

        var applies = CustodyPlanRule.Applies(Calendars.Date("2026-12-23"), null, custody, NationalStandardsPolicy.Seeded, Calendars.Embedded());

        Assert.True(applies);
    }

    [Fact]
    public void Applies_Indeterminate_Always()
    {
        var custody = new CustodyDetails(Calendars.Date("2027-06-01"), Calendars.Date("2027-07-01"), true);

        var applies = CustodyPlanRule.Applies(Calendars.Date("2026-12-23"), 1, custody, NationalStandardsPolicy.Seeded, Calendars.Embedded());

        Assert.True(applies);
    }

    [Fact]
    public void FirstDue_FromSentence_SixteenWeeks()
    {
        var sentenceDate = Calendars.Date("2026-12-23");

        var due = CustodyPlanRule.FirstDue(sentenceDate, NationalStandardsPolicy.Seeded, Calendars.Embedded());

        Assert.Equal(new DutyDue("T-CUSTODY-PLAN", Calendars.Date("2027-04-14"), "16 weeks after 2026-12-23"), due);
    }

    [Fact]
    public void NextDue_AfterAPlan_Yearly()
    {
        var lastPlan = Calendars.Date("2027-04-10");

        var due = CustodyPlanRule.NextDue(lastPlan, NationalStandardsPolicy.Seeded, Calendars.Embedded());

        Assert.Equal(new DutyDue("T-CUSTODY-PLAN", Calendars.Date("2028-04-10"), "12 months after 2027-04-10"), due);
    }
}
