using Probation.Orders.Rules;

namespace Probation.Orders.Lifecycle;

/// <summary>
/// One timed duty of an order, as API.md shows it. The id is chosen by the orchestration
/// (deterministically, e.g. from the rule id and a sequence), never from a random source.
/// </summary>
public sealed record Duty(string DutyId, string RuleId, DateOnly DueDate, string Reason, DutyState State, DateOnly? MetOn)
{
    /// <summary>
    /// The id of a duty of <paramref name="ruleId"/>: with the warning or breach it serves as <paramref name="key"/>, or
    /// the order's duty sequence number.
    /// </summary>
    public static string IdFor(string ruleId, string key) => $"{ruleId}:{key}";

    /// <summary>A new open duty for <paramref name="due"/>.</summary>
    public static Duty Open(string dutyId, DutyDue due)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dutyId);
        ArgumentNullException.ThrowIfNull(due);
        return new Duty(dutyId, due.RuleId, due.DueDate, due.Reason, DutyState.Open, null);
    }

    /// <summary>The duty met on <paramref name="metOn"/>: Met, or MetLate after the due date.</summary>
    public Duty Meet(DateOnly metOn) =>
        this with
        {
            State = DutyTransitions.Table.Next(State, metOn <= DueDate ? DutyTrigger.MetOnTime : DutyTrigger.MetAfterDue),
            MetOn = metOn,
        };

    /// <summary>
    /// The duty closed unmet on <paramref name="closedOn"/>: Missed once the due date has passed, else Cancelled.
    /// </summary>
    public Duty Close(DateOnly closedOn) =>
        this with { State = DutyTransitions.Table.Next(State, closedOn > DueDate ? DutyTrigger.ClosedAfterDue : DutyTrigger.ClosedBeforeDue) };
}
