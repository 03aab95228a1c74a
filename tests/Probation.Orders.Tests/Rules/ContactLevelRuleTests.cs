using Probation.Orders.Policy;
using Probation.Orders.Support;

namespace Probation.Orders.Rules;

public sealed class ContactLevelRuleTests
{
    [Theory]
    [InlineData(1, false)]
    [InlineData(2, true)]
    [InlineData(4, true)]
    public void Applies_Tier_OnlyTiers2To4(int tier, bool expected)
    {
        var policy = NationalStandardsPolicy.Seeded;

        var applies = ContactLevelRule.Applies(tier, policy);

        Assert.Equal(expected, applies);
    }

    [Fact]
    public void Checkpoints_FromSentence_AtThreeAndSixMonths()
    {
        var start = Calendars.Date("2026-12-23");

        var checkpoints = ContactLevelRule.Checkpoints(start, NationalStandardsPolicy.Seeded, Calendars.Embedded());

        Assert.Equal(
            [
                new ContactCheckpoint(new DutyDue("T-CONTACT", Calendars.Date("2027-03-23"), "3 months after 2026-12-23"), start, 12),
                new ContactCheckpoint(new DutyDue("T-CONTACT", Calendars.Date("2027-06-23"), "3 months after 2027-03-23"), Calendars.Date("2027-03-23"), 6),
            ],
            checkpoints);
    }

    [Fact]
    public void IsMet_EnoughKeptAppointmentsInPeriod_True()
    {
        var checkpoint = new ContactCheckpoint(new DutyDue("T-CONTACT", Calendars.Date("2027-06-23"), "r"), Calendars.Date("2027-03-23"), 6);
        var kept = Enumerable.Range(0, 6).Select(i => Calendars.Date("2027-03-23").AddDays(14 * i));

        var met = ContactLevelRule.IsMet(checkpoint, kept);

        Assert.True(met);
    }

    [Fact]
    public void IsMet_AppointmentsOutsideThePeriod_NotCounted()
    {
        var checkpoint = new ContactCheckpoint(new DutyDue("T-CONTACT", Calendars.Date("2027-06-23"), "r"), Calendars.Date("2027-03-23"), 2);
        DateOnly[] kept = [Calendars.Date("2027-03-22"), Calendars.Date("2027-06-23"), Calendars.Date("2027-04-01")];

        var met = ContactLevelRule.IsMet(checkpoint, kept);

        Assert.False(met);
    }
}
