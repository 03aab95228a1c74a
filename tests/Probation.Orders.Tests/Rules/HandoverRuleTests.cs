using Probation.Orders.Documents;
using Probation.Orders.Policy;
using Probation.Orders.Support;

namespace Probation.Orders.Rules;

public sealed class HandoverRuleTests
{
    private static readonly DateOnly Sentenced = new(2026, 12, 23);

    [Fact]
    public void Calculate_DeterminateWithoutParole_EightMonthsAndFourteenDaysBeforeRelease()
    {
        var custody = new CustodyDetails(Calendars.Date("2028-06-30"), Calendars.Date("2029-12-22"), false);

        var plan = HandoverRule.Calculate(Sentenced, custody, NationalStandardsPolicy.Seeded, Calendars.Embedded());

        const string reason = "8 months and 14 days before the expected release date 2028-06-30 (determinate sentence without a parole eligibility date)";
        Assert.Equal(HandoverKind.Determinate, plan.Kind);
        Assert.Equal(Calendars.Date("2027-10-16"), plan.HandoverDate);
        Assert.Equal(reason, plan.Reason);
        Assert.Equal(new DutyDue("T-HANDOVER", Calendars.Date("2027-10-16"), reason), plan.Due);
    }

    [Fact]
    public void Calculate_DeterminateWithParoleEligibility_TwelveMonthsBeforeIt()
    {
        var custody = new CustodyDetails(Calendars.Date("2030-03-01"), Calendars.Date("2031-03-01"), false, ParoleEligibilityDate: Calendars.Date("2029-03-01"));

        var plan = HandoverRule.Calculate(Sentenced, custody, NationalStandardsPolicy.Seeded, Calendars.Embedded());

        Assert.Equal(HandoverKind.DeterminateWithParole, plan.Kind);
        Assert.Equal(Calendars.Date("2029-03-01"), plan.ReleaseDate);
        Assert.Equal(Calendars.Date("2028-03-01"), plan.HandoverDate);
        Assert.Equal("12 months before the parole eligibility date 2029-03-01 (determinate sentence with a parole eligibility date)", plan.Reason);
    }

    [Fact]
    public void Calculate_Indeterminate_TwelveMonthsBeforeRelease()
    {
        var custody = new CustodyDetails(Calendars.Date("2036-12-23"), Calendars.Date("2046-12-23"), true);

        var plan = HandoverRule.Calculate(Sentenced, custody, NationalStandardsPolicy.Seeded, Calendars.Embedded());

        Assert.Equal(HandoverKind.Indeterminate, plan.Kind);
        Assert.Equal(Calendars.Date("2035-12-23"), plan.HandoverDate);
        Assert.Equal("12 months before the expected release date 2036-12-23 (indeterminate sentence)", plan.Reason);
    }

    [Theory]
    [InlineData("2027-09-01")]
    [InlineData("2027-10-23")]
    public void Calculate_ReleaseWithinTenMonths_CommunityOmFromTheStart(string release)
    {
        var custody = new CustodyDetails(Calendars.Date(release), Calendars.Date("2028-06-01"), false);

        var plan = HandoverRule.Calculate(Sentenced, custody, NationalStandardsPolicy.Seeded, Calendars.Embedded());

        Assert.Equal(HandoverKind.CommunityFromStart, plan.Kind);
        Assert.Null(plan.HandoverDate);
        Assert.Null(plan.Due);
        Assert.Equal($"community OM responsible from the start: 10 months after 2026-12-23 is on or after the expected release date {release}", plan.Reason);
    }

    [Fact]
    public void Calculate_ReleaseOneDayPastTenMonths_Determinate()
    {
        var custody = new CustodyDetails(Calendars.Date("2027-10-24"), Calendars.Date("2028-06-01"), false);

        var plan = HandoverRule.Calculate(Sentenced, custody, NationalStandardsPolicy.Seeded, Calendars.Embedded());

        Assert.Equal(HandoverKind.Determinate, plan.Kind);
        Assert.Equal(Calendars.Date("2027-02-10"), plan.HandoverDate);
    }

    [Fact]
    public void Calculate_ParoleHandoverBeforeSentence_CommunityOmFromTheStart()
    {
        var custody = new CustodyDetails(Calendars.Date("2028-06-01"), Calendars.Date("2029-06-01"), false, ParoleEligibilityDate: Calendars.Date("2027-11-30"));

        var plan = HandoverRule.Calculate(Sentenced, custody, NationalStandardsPolicy.Seeded, Calendars.Embedded());

        Assert.Equal(HandoverKind.CommunityFromStart, plan.Kind);
        Assert.EndsWith("falls on or before the sentence date 2026-12-23", plan.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_HandoverDuty_ThreeRemindersBeforeOnAndAfter()
    {
        var custody = new CustodyDetails(Calendars.Date("2028-06-30"), Calendars.Date("2029-12-22"), false);
        var handover = HandoverRule.Calculate(Sentenced, custody, NationalStandardsPolicy.Seeded, Calendars.Embedded());

        var reminders = ReminderPlanner.Plan(handover.Due!, Sentenced, NationalStandardsPolicy.Seeded, Calendars.Embedded());

        Assert.Equal(
            [
                new PlannedReminder(ReminderKind.Created, Sentenced, handover.Reason),
                new PlannedReminder(ReminderKind.DueSoon, Calendars.Date("2027-08-21"), "8 weeks before 2027-10-16"),
                new PlannedReminder(ReminderKind.DueSoon, Calendars.Date("2027-10-16"), "on 2027-10-16"),
                new PlannedReminder(ReminderKind.Overdue, Calendars.Date("2027-10-30"), "14 days after 2027-10-16"),
            ],
            reminders);
    }
}
