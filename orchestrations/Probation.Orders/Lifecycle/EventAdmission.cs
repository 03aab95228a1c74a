using Probation.Orders.Documents;
using Probation.Orders.Enforcement;
using Probation.Orders.Events;
using Probation.Orders.Views;

namespace Probation.Orders.Lifecycle;

/// <summary>
/// Which staff events contradict an order's state. The HTTP layer checks the published <see cref="OrderView"/> and
/// answers 409 with <see cref="Admission.Conflict"/>; the orchestration checks its own state with the same rules and
/// records an event that raced past the HTTP check as rejected, without effect.
/// </summary>
public static class EventAdmission
{
    /// <summary>Checks <paramref name="staffEvent"/> against a published view.</summary>
    public static Admission Check(OrderView view, IStaffEvent staffEvent)
    {
        ArgumentNullException.ThrowIfNull(view);
        var openBreach = view.Breaches.LastOrDefault(b => b.IsOpen)?.State;
        return Check(view.Phase, view.OrderType, openBreach, staffEvent);
    }

    /// <summary>
    /// Checks <paramref name="staffEvent"/> against an order in <paramref name="phase"/> whose open breach, if any, is in
    /// state <paramref name="openBreach"/>.
    /// </summary>
    public static Admission Check(OrderPhase phase, OrderType orderType, BreachState? openBreach, IStaffEvent staffEvent)
    {
        ArgumentNullException.ThrowIfNull(staffEvent);
        var conflict = phase == OrderPhase.Ended ? "the order has ended" : staffEvent switch
        {
            ExplanationEvent when phase == OrderPhase.Custody => "explanations are for failures on a community order or licence",
            BreachDecisionEvent when phase != OrderPhase.Community => "breach applies to community orders and SSOs; a failure on licence raises a recall consideration",
            BreachDecisionEvent when openBreach != BreachState.Due => "no breach is awaiting a decision",
            CourtOutcomeEvent when phase != OrderPhase.Community => "court outcomes of breach apply to community orders and SSOs",
            CourtOutcomeEvent { Outcome: CourtOutcome.CustodyActivated } when orderType != OrderType.SuspendedSentenceOrder => "only a suspended sentence can be activated",
            CourtOutcomeEvent when openBreach != BreachState.Initiated => "no breach proceedings are awaiting the court",
            CustodyEvent { Kind: CustodyEventKind.Recalled } when phase != OrderPhase.Licence => "only a person on licence can be recalled",
            CustodyEvent { Kind: not CustodyEventKind.Recalled } custody when phase != OrderPhase.Custody => $"a {phase} order is not in custody, so it cannot be {custody.Kind.ToString().ToLowerInvariant()}",
            _ => null,
        };
        return conflict is null ? Admission.Accepted : new Admission(conflict);
    }
}
