using Probation.Orders.Policy;
using Probation.Orders.Support;

namespace Probation.Orders.Rules;

public sealed class ReminderPlannerTests
{
    [Fact]
    public void Plan_FirstAppointmentAcrossChristmas2026_CreatedDueSoonAndOverdue()
    {
        var calendar = Calendars.Embedded();
        var due = FirstAppointmentRule.Due(Calendars.Date("2026-12-23"), NationalStandardsPolicy.Seeded, calendar);

        var reminders = ReminderPlanner.Plan(due, Calendars.Date("2026-12-23"), NationalStandardsPolicy.Seeded, calendar);

        Assert.Equal(
            [
                new PlannedReminder(ReminderKind.Created, Calendars.Date("2026-12-23"), due.Reason),
                new PlannedReminder(ReminderKind.DueSoon, Calendars.Date("2026-12-30"), "2 working days before 2027-01-04 (skipped 2027-01-01)"),
                new PlannedReminder(ReminderKind.Overdue, Calendars.Date("2027-01-05"), "1 working day after 2027-01-04"),
            ],
            reminders);
    }

    [Fact]
    public void Plan_DueSoonFallsOnCreationDay_LeftOut()
    {
        var calendar = Calendars.Embedded();
        var due = ExplanationActionRule.Due(Calendars.Date("2027-02-01"), NationalStandardsPolicy.Seeded, calendar);

        var reminders = ReminderPlanner.Plan(due, Calendars.Date("2027-02-01"), NationalStandardsPolicy.Seeded, calendar);

        Assert.Equal([ReminderKind.Created, ReminderKind.Overdue], reminders.Select(r => r.Kind));
    }

    [Fact]
    public void Plan_DueBeforeEaster2027_OverdueOnFirstWorkingDayAfter()
    {
        var calendar = Calendars.Embedded();
        var due = new DutyDue(RuleIds.SentencePlan, Calendars.Date("2027-03-25"), "r");

        var reminders = ReminderPlanner.Plan(due, Calendars.Date("2027-03-01"), NationalStandardsPolicy.Seeded, calendar);

        var overdue = Assert.Single(reminders, r => r.Kind == ReminderKind.Overdue);
        Assert.Equal(new PlannedReminder(ReminderKind.Overdue, Calendars.Date("2027-03-30"), "1 working day after 2027-03-25 (skipped 2027-03-26, 2027-03-29)"), overdue);
    }
}
