using Probation.Orders.Policy;
using Probation.Orders.Support;

namespace Probation.Orders.Rules;

public sealed class OrderEndRuleTests
{
    [Fact]
    public void EndDate_CommunityOrder_SentencePlusLength()
    {
        var order = Samples.CommunityOrder();

        var end = OrderEndRule.EndDate(order, Calendars.Embedded());

        Assert.Equal(Calendars.Date("2027-12-23"), end.Date);
        Assert.Equal("12 months after 2026-12-23", end.Reason);
    }

    [Fact]
    public void EndDate_Custody_LicenceEndDate()
    {
        var order = Samples.CustodyOrder();

        var end = OrderEndRule.EndDate(order, Calendars.Embedded());

        Assert.Equal(Calendars.Date("2029-12-22"), end.Date);
        Assert.Equal("licence end date 2029-12-22", end.Reason);
    }

    [Fact]
    public void EndDate_CommunityOrderWithoutLength_Throws()
    {
        var order = Samples.CommunityOrder() with { LengthMonths = null };

        Assert.Throws<ArgumentException>(() => OrderEndRule.EndDate(order, Calendars.Embedded()));
    }

    [Fact]
    public void Due_CommunityOrder_OnTheEndDateWithAReminderFourWeeksBefore()
    {
        var calendar = Calendars.Embedded();
        var end = OrderEndRule.EndDate(Samples.CommunityOrder(), calendar);

        var due = OrderEndRule.Due(end, NationalStandardsPolicy.Seeded, calendar);
        var reminders = ReminderPlanner.Plan(due, Calendars.Date("2026-12-23"), NationalStandardsPolicy.Seeded, calendar);

        Assert.Equal(new DutyDue("T-END", Calendars.Date("2027-12-23"), "12 months after 2026-12-23"), due);
        Assert.Contains(new PlannedReminder(ReminderKind.DueSoon, Calendars.Date("2027-11-25"), "4 weeks before 2027-12-23"), reminders);
    }

    [Fact]
    public void Due_PolicyMovesDutyAfterTheEnd_ReasonKeepsTheEndCalculation()
    {
        var policy = NationalStandardsPolicy.Seeded.WithOverrides(new NationalStandardsPolicyOverrides
        {
            Version = 2,
            Rules = new Dictionary<string, RuleTimingOverride> { [RuleIds.OrderEnd] = new() { Due = "1 week" } },
        });

        var due = OrderEndRule.Due(OrderEndRule.LicenceEnd(Calendars.Date("2029-12-22")), policy, Calendars.Embedded());

        Assert.Equal(Calendars.Date("2029-12-29"), due.DueDate);
        Assert.Equal("1 week after 2029-12-22, which is licence end date 2029-12-22", due.Reason);
    }
}
