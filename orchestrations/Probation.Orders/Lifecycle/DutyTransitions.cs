namespace Probation.Orders.Lifecycle;

/// <summary>A duty's states: it starts Open and closes exactly once.</summary>
public static class DutyTransitions
{
    /// <summary>Every allowed move.</summary>
    public static TransitionTable<DutyState, DutyTrigger> Table { get; } = new("duty", [
        (DutyState.Open, DutyTrigger.MetOnTime, DutyState.Met),
        (DutyState.Open, DutyTrigger.MetAfterDue, DutyState.MetLate),
        (DutyState.Open, DutyTrigger.ClosedAfterDue, DutyState.Missed),
        (DutyState.Open, DutyTrigger.ClosedBeforeDue, DutyState.Cancelled),
    ]);
}
