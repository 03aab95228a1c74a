using Probation.Orders.Calendar;
using Probation.Orders.Policy;

namespace Probation.Orders.Rules;

/// <summary>
/// The reminders of a duty (DOMAIN.md, Timed duties): one at creation, one per "due soon" lead
/// (default 2 working days before), and the overdue escalation (default the first working day after
/// the due date). Whether each is still needed is checked again when its timer fires.
/// </summary>
public static class ReminderPlanner
{
    /// <summary>
    /// The reminders for <paramref name="due"/>, created on <paramref name="createdOn"/>, in date order.
    /// </summary>
    public static IReadOnlyList<PlannedReminder> Plan(DutyDue due, DateOnly createdOn, NationalStandardsPolicy policy, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(due);
        ArgumentNullException.ThrowIfNull(policy);
        var reminders = new List<PlannedReminder> { new(ReminderKind.Created, createdOn, due.Reason) };

        // A lead that lands on or before creation adds nothing the creation reminder did not say.
        reminders.AddRange(policy.DueSoonLeadsFor(due.RuleId)
            .Select(lead => lead.Before(due.DueDate, calendar))
            .Where(sendOn => sendOn.Date > createdOn)
            .DistinctBy(sendOn => sendOn.Date)
            .Select(sendOn => new PlannedReminder(ReminderKind.DueSoon, sendOn.Date, sendOn.Reason)));

        var escalation = policy.EscalateAfterFor(due.RuleId).After(due.DueDate, calendar);
        reminders.Add(new PlannedReminder(ReminderKind.Overdue, escalation.Date, escalation.Reason));
        return [.. reminders.OrderBy(r => r.SendOn).ThenBy(r => r.Kind)];
    }
}
