namespace Probation.Orders.Enforcement;

/// <summary>A warning stands until it is withdrawn or expires; both are final.</summary>
public static class WarningTransitions
{
    /// <summary>Every allowed move.</summary>
    public static Lifecycle.TransitionTable<WarningState, WarningTrigger> Table { get; } = new("warning", [
        (WarningState.Standing, WarningTrigger.ExplanationAccepted, WarningState.Withdrawn),
        (WarningState.Standing, WarningTrigger.WindowEnded, WarningState.Expired),
    ]);
}
