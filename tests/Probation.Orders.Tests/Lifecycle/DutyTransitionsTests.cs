namespace Probation.Orders.Lifecycle;

public sealed class DutyTransitionsTests
{
    [Fact]
    public void Table_EveryMove_StartsFromOpen()
    {
        var table = DutyTransitions.Table;

        var moves = table.Moves.ToList();

        Assert.Equal(4, moves.Count);
        Assert.All(moves, m => Assert.Equal(DutyState.Open, m.From));
    }

    [Theory]
    [InlineData(DutyState.Met)]
    [InlineData(DutyState.MetLate)]
    [InlineData(DutyState.Missed)]
    [InlineData(DutyState.Cancelled)]
    public void Allows_ClosedDuty_NothingFurther(DutyState closed)
    {
        var table = DutyTransitions.Table;

        var anyAllowed = Enum.GetValues<DutyTrigger>().Any(t => table.Allows(closed, t));

        Assert.False(anyAllowed);
    }
}
