using Probation.Orders.Documents;

namespace Probation.Orders.Lifecycle;

public sealed class OrderPhaseTransitionsTests
{
    [Theory]
    [InlineData(OrderType.CommunityOrder, OrderPhase.Community)]
    [InlineData(OrderType.SuspendedSentenceOrder, OrderPhase.Community)]
    [InlineData(OrderType.Custody, OrderPhase.Custody)]
    public void Initial_OrderType_StartingPhase(OrderType orderType, OrderPhase expected)
    {
        var phase = OrderPhaseTransitions.Initial(orderType);

        Assert.Equal(expected, phase);
    }

    [Theory]
    [InlineData(OrderPhase.Custody, PhaseTrigger.Released, OrderPhase.Licence)]
    [InlineData(OrderPhase.Licence, PhaseTrigger.Recalled, OrderPhase.Custody)]
    [InlineData(OrderPhase.Licence, PhaseTrigger.Completed, OrderPhase.Ended)]
    [InlineData(OrderPhase.Community, PhaseTrigger.Revoked, OrderPhase.Ended)]
    [InlineData(OrderPhase.Community, PhaseTrigger.Resentenced, OrderPhase.Ended)]
    [InlineData(OrderPhase.Custody, PhaseTrigger.Terminated, OrderPhase.Ended)]
    public void Next_LegalMove_NextPhase(OrderPhase from, PhaseTrigger trigger, OrderPhase expected)
    {
        var orderType = from == OrderPhase.Community ? OrderType.CommunityOrder : OrderType.Custody;

        var next = OrderPhaseTransitions.Next(from, trigger, orderType);

        Assert.Equal(expected, next);
    }

    [Fact]
    public void Next_ReleaseOfACommunityOrder_Throws()
    {
        var from = OrderPhase.Community;

        var error = Assert.Throws<IllegalTransitionException>(() => OrderPhaseTransitions.Next(from, PhaseTrigger.Released, OrderType.CommunityOrder));

        Assert.Equal("order", error.StateMachine);
    }

    [Fact]
    public void Next_CustodyActivatedForAnSso_Custody()
    {
        var from = OrderPhase.Community;

        var next = OrderPhaseTransitions.Next(from, PhaseTrigger.CustodyActivated, OrderType.SuspendedSentenceOrder);

        Assert.Equal(OrderPhase.Custody, next);
    }

    [Fact]
    public void Next_CustodyActivatedForACommunityOrder_Throws()
    {
        var from = OrderPhase.Community;

        Assert.Throws<IllegalTransitionException>(() => OrderPhaseTransitions.Next(from, PhaseTrigger.CustodyActivated, OrderType.CommunityOrder));
    }

    [Theory]
    [InlineData(PhaseTrigger.Released)]
    [InlineData(PhaseTrigger.Completed)]
    [InlineData(PhaseTrigger.Terminated)]
    public void Next_AnyMoveOfAnEndedOrder_Throws(PhaseTrigger trigger)
    {
        var from = OrderPhase.Ended;

        Assert.Throws<IllegalTransitionException>(() => OrderPhaseTransitions.Next(from, trigger, OrderType.Custody));
    }
}
