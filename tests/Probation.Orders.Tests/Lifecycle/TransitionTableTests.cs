namespace Probation.Orders.Lifecycle;

public sealed class TransitionTableTests
{
    [Fact]
    public void Next_ListedMove_ReturnsTarget()
    {
        var table = new TransitionTable<DutyState, DutyTrigger>("duty", [(DutyState.Open, DutyTrigger.MetOnTime, DutyState.Met)]);

        var next = table.Next(DutyState.Open, DutyTrigger.MetOnTime);

        Assert.Equal(DutyState.Met, next);
    }

    [Fact]
    public void Next_UnlistedMove_ThrowsTypedErrorNamingTheMove()
    {
        var table = new TransitionTable<DutyState, DutyTrigger>("duty", [(DutyState.Open, DutyTrigger.MetOnTime, DutyState.Met)]);

        var error = Assert.Throws<IllegalTransitionException>(() => table.Next(DutyState.Met, DutyTrigger.MetOnTime));

        Assert.Equal(("duty", "Met", "MetOnTime"), (error.StateMachine, error.From, error.Trigger));
        Assert.IsAssignableFrom<DomainException>(error);
    }
}
