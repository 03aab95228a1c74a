using Probation.Orders.Calendar;
using Probation.Orders.Policy;

namespace Probation.Orders.Rules;

/// <summary>When a duty falls due under a rule, and the calculation behind the date, as staff see it.</summary>
public sealed record DutyDue(string RuleId, DateOnly DueDate, string Reason)
{
    /// <summary>The rule's due period counted from <paramref name="start"/>.</summary>
    internal static DutyDue After(string ruleId, DateOnly start, NationalStandardsPolicy policy, WorkingDayCalendar calendar) =>
        After(ruleId, start, policy.Timing(ruleId).Due, calendar);

    internal static DutyDue After(string ruleId, DateOnly start, Period period, WorkingDayCalendar calendar)
    {
        var due = period.After(start, calendar);
        return new DutyDue(ruleId, due.Date, due.Reason);
    }

    /// <summary>The due period counted from a date that has a reason of its own, e.g. an order's end date.</summary>
    internal static DutyDue After(string ruleId, CalculatedDate start, NationalStandardsPolicy policy, WorkingDayCalendar calendar)
    {
        var period = policy.Timing(ruleId).Due;
        if (period.Amount == 0)
        {
            return new DutyDue(ruleId, start.Date, start.Reason);
        }

        var due = period.After(start.Date, calendar);
        return new DutyDue(ruleId, due.Date, $"{due.Reason}, which is {start.Reason}");
    }
}
