namespace Probation.Orders.Clock;

public sealed class OrderClockTests
{
    private static readonly DateTime Noon = new(2027, 1, 4, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Zero_ProductionClock_NoOffsetAndNoMark()
    {
        // Arrange
        var clock = OrderClock.Zero;

        // Act
        var business = clock.BusinessTime(Noon);

        // Assert
        Assert.Equal((TimeSpan.Zero, (string?)null, Noon), (clock.Offset, clock.Mark, business));
    }

    [Fact]
    public void BusinessTime_SixteenDaysOffset_OrchestrationTimePlusTheOffset()
    {
        // Arrange
        var clock = new OrderClock(TimeSpan.FromDays(16), "m1");

        // Act
        var business = clock.BusinessTime(Noon);

        // Assert
        Assert.Equal(new DateTime(2027, 1, 20, 12, 0, 0, DateTimeKind.Utc), business);
    }

    [Fact]
    public void OrchestrationTime_SixteenDaysOffset_BusinessTimeMinusTheOffsetAndBackAgain()
    {
        // Arrange
        var clock = new OrderClock(TimeSpan.FromDays(16), "m1");

        // Act
        var orchestration = clock.OrchestrationTime(Noon);

        // Assert
        Assert.Equal((new DateTime(2026, 12, 19, 12, 0, 0, DateTimeKind.Utc), Noon), (orchestration, clock.BusinessTime(orchestration)));
    }

    [Fact]
    public void Apply_LargerOffset_TakesTheOffsetAndTheMark()
    {
        // Arrange
        var clock = new OrderClock(TimeSpan.FromDays(2), "m1");

        // Act
        var moved = clock.Apply(new ClockMoved(TimeSpan.FromDays(16), "m2"));

        // Assert
        Assert.Equal(new OrderClock(TimeSpan.FromDays(16), "m2"), moved);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(16)]
    public void Apply_SmallerOrSameOffset_NeverGoesBackButTakesTheMark(int offsetDays)
    {
        // Arrange
        var clock = new OrderClock(TimeSpan.FromDays(16), "m1");

        // Act
        var moved = clock.Apply(new ClockMoved(TimeSpan.FromDays(offsetDays), "m2"));

        // Assert
        Assert.Equal(new OrderClock(TimeSpan.FromDays(16), "m2"), moved);
    }

    [Fact]
    public void Apply_NoEvent_Throws()
    {
        // Arrange
        var clock = OrderClock.Zero;

        // Act
        var apply = () => clock.Apply(null!);

        // Assert
        Assert.Throws<ArgumentNullException>(apply);
    }
}
