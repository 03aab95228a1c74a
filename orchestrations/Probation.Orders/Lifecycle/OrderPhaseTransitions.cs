using Probation.Orders.Documents;

namespace Probation.Orders.Lifecycle;

/// <summary>
/// The order lifecycle: Custody → Licence, or Community → Ended (DOMAIN.md). A release of a
/// community order, or any move of an ended order, is illegal and throws (API: 409).
/// </summary>
public static class OrderPhaseTransitions
{
    /// <summary>Every allowed move.</summary>
    public static TransitionTable<OrderPhase, PhaseTrigger> Table { get; } = new("order", [
        (OrderPhase.Custody, PhaseTrigger.Released, OrderPhase.Licence),
        (OrderPhase.Custody, PhaseTrigger.Revoked, OrderPhase.Ended),
        (OrderPhase.Custody, PhaseTrigger.Terminated, OrderPhase.Ended),
        (OrderPhase.Licence, PhaseTrigger.Recalled, OrderPhase.Custody),
        (OrderPhase.Licence, PhaseTrigger.Completed, OrderPhase.Ended),
        (OrderPhase.Licence, PhaseTrigger.Revoked, OrderPhase.Ended),
        (OrderPhase.Licence, PhaseTrigger.Terminated, OrderPhase.Ended),
        (OrderPhase.Community, PhaseTrigger.CustodyActivated, OrderPhase.Custody),
        (OrderPhase.Community, PhaseTrigger.Completed, OrderPhase.Ended),
        (OrderPhase.Community, PhaseTrigger.Revoked, OrderPhase.Ended),
        (OrderPhase.Community, PhaseTrigger.Resentenced, OrderPhase.Ended),
        (OrderPhase.Community, PhaseTrigger.Terminated, OrderPhase.Ended),
    ]);

    /// <summary>Where an order of <paramref name="orderType"/> starts.</summary>
    public static OrderPhase Initial(OrderType orderType) =>
        orderType == OrderType.Custody ? OrderPhase.Custody : OrderPhase.Community;

    /// <summary>
    /// The phase after <paramref name="trigger"/>. Only a suspended sentence can be activated, so
    /// that move is also refused for a community order.
    /// </summary>
    public static OrderPhase Next(OrderPhase from, PhaseTrigger trigger, OrderType orderType)
    {
        if (trigger == PhaseTrigger.CustodyActivated && orderType != OrderType.SuspendedSentenceOrder)
        {
            throw new IllegalTransitionException(Table.StateMachine, $"{from} ({orderType})", trigger.ToString());
        }

        return Table.Next(from, trigger);
    }
}
