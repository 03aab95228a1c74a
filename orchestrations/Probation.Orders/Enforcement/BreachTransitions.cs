namespace Probation.Orders.Enforcement;

/// <summary>
/// A breach is decided once (proceedings or a compliance review) unless its basis goes first; only
/// proceedings go on to a court outcome.
/// </summary>
public static class BreachTransitions
{
    /// <summary>Every allowed move.</summary>
    public static Lifecycle.TransitionTable<BreachState, BreachTrigger> Table { get; } = new("breach", [
        (BreachState.Due, BreachTrigger.InitiateBreach, BreachState.Initiated),
        (BreachState.Due, BreachTrigger.ComplianceReview, BreachState.ComplianceReview),
        (BreachState.Due, BreachTrigger.ExplanationAccepted, BreachState.Cancelled),
        (BreachState.Due, BreachTrigger.WarningWithdrawn, BreachState.Cancelled),
        (BreachState.Due, BreachTrigger.OrderEnded, BreachState.Cancelled),
        (BreachState.Initiated, BreachTrigger.CourtOutcome, BreachState.Resolved),
        (BreachState.Initiated, BreachTrigger.OrderEnded, BreachState.Cancelled),
    ]);
}
