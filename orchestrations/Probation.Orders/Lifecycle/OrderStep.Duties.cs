using System.Globalization;
using Probation.Orders.Activities;
using Probation.Orders.Rules;

namespace Probation.Orders.Lifecycle;

/// <summary>Opening and closing duties; a duty's reminders are planned when it opens and dropped when it closes.</summary>
internal sealed partial class OrderStep
{
    /// <summary>
    /// Opens a duty for <paramref name="due"/> and plans its reminders. Its id is the rule id with
    /// <paramref name="key"/> (the warning or breach it serves) or the order's next sequence number.
    /// </summary>
    private string Open(DutyDue due, string? key = null)
    {
        var dutyId = Duty.IdFor(due.RuleId, key ?? (++_dutySequence).ToString(CultureInfo.InvariantCulture));
        _duties.Add(Duty.Open(dutyId, due));
        _reminders.AddRange(ReminderPlanner.Plan(due, Today, Policy, Calendar).Select(r => new ScheduledReminder(dutyId, r.Kind, r.SendOn)));
        _openedThisStep.Add(dutyId);
        _viewChanged = true;
        return dutyId;
    }

    private void Meet(string dutyId, DateOnly on) => Settle(dutyId, duty => duty.Meet(on), on);

    /// <summary>Closes an open duty unmet: Missed once its due date has passed by <paramref name="on"/>, else Cancelled.</summary>
    private void Close(string dutyId, DateOnly on) => Settle(dutyId, duty => duty.Close(on), on);

    private void MeetAll(string ruleId, DateOnly on)
    {
        foreach (var dutyId in OpenDutyIds(ruleId))
        {
            Meet(dutyId, on);
        }
    }

    /// <summary>Closes every open duty of <paramref name="ruleId"/>, or of every rule when it is null.</summary>
    private void CloseAll(string? ruleId, DateOnly on)
    {
        foreach (var dutyId in OpenDutyIds(ruleId))
        {
            Close(dutyId, on);
        }
    }

    private bool IsOpen(string ruleId) => _duties.Exists(d => d.RuleId == ruleId && d.State == DutyState.Open);

    private string[] OpenDutyIds(string? ruleId = null) =>
        [.. _duties.Where(d => d.State == DutyState.Open && (ruleId is null || d.RuleId == ruleId)).Select(d => d.DutyId)];

    private void Settle(string dutyId, Func<Duty, Duty> settle, DateOnly on)
    {
        var index = _duties.FindIndex(d => d.DutyId == dutyId && d.State == DutyState.Open);
        if (index < 0)
        {
            return;
        }

        var settled = settle(_duties[index]);
        _duties[index] = settled;
        _reminders.RemoveAll(r => r.DutyId == dutyId);
        _contactChecks.RemoveAll(c => c.DutyId == dutyId);
        _closed.Add(new ClosedDuty(dutyId, settled.RuleId, settled.State, on));
        _viewChanged = true;
    }
}
