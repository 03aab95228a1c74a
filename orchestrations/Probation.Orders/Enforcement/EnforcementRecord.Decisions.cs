using Probation.Orders.Events;

namespace Probation.Orders.Enforcement;

/// <summary>Recording what staff and the court decided about a breach.</summary>
public sealed partial record EnforcementRecord
{
    /// <summary>
    /// Records the OM's referral to court or a manager's compliance review; either meets T-BREACH-ACT.
    /// Throws <see cref="IllegalTransitionException"/> when no breach is awaiting a decision.
    /// </summary>
    public EnforcementResult RecordBreachDecision(BreachDecisionEvent decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var breach = OpenBreach ?? throw new IllegalTransitionException(BreachTransitions.Table.StateMachine, "None", decision.Decision.ToString());
        var (trigger, action) = decision.Decision == BreachDecision.InitiateBreach
            ? (BreachTrigger.InitiateBreach, EnforcementAction.BreachInitiated)
            : (BreachTrigger.ComplianceReview, EnforcementAction.ComplianceReviewRecorded);
        var decided = breach.Apply(trigger) with { DecidedOn = decision.DecidedOn, DecidedBy = decision.StaffId };
        return new EnforcementResult(With(decided), [new EnforcementEffect(action, Breach: decided)]);
    }

    /// <summary>
    /// Records the court's outcome of initiated proceedings. Throws <see cref="IllegalTransitionException"/>
    /// when no proceedings are awaiting the court.
    /// </summary>
    public EnforcementResult RecordCourtOutcome(CourtOutcomeEvent outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var breach = OpenBreach ?? throw new IllegalTransitionException(BreachTransitions.Table.StateMachine, "None", nameof(BreachTrigger.CourtOutcome));
        var resolved = breach.Apply(BreachTrigger.CourtOutcome) with { CourtOutcome = outcome.Outcome };
        return new EnforcementResult(With(resolved), [new EnforcementEffect(EnforcementAction.BreachResolved, Breach: resolved)]);
    }

    /// <summary>Cancels an open breach because the order ended; warnings are left as they are.</summary>
    public EnforcementResult CloseForOrderEnd()
    {
        if (OpenBreach is not { } breach)
        {
            return new EnforcementResult(this, []);
        }

        var cancelled = breach.Apply(BreachTrigger.OrderEnded);
        return new EnforcementResult(With(cancelled), [new EnforcementEffect(EnforcementAction.BreachCancelled, Breach: cancelled)]);
    }
}
