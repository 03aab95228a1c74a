namespace Durable.Time;

public sealed class VirtualTimeProviderTests
{
    private static readonly DateTimeOffset Start = new(2027, 1, 4, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AdvanceTo_PastSeveralTimers_FiresThemInDueOrderAtTheirDueTimes()
    {
        // Arrange
        var clock = new VirtualTimeProvider(Start);
        var fired = new List<(string Name, DateTimeOffset At)>();
        using var late = clock.CreateTimer(_ => fired.Add(("late", clock.GetUtcNow())), null, TimeSpan.FromDays(3), Timeout.InfiniteTimeSpan);
        using var early = clock.CreateTimer(_ => fired.Add(("early", clock.GetUtcNow())), null, TimeSpan.FromHours(1), Timeout.InfiniteTimeSpan);

        // Act
        clock.AdvanceTo(Start.AddDays(7));

        // Assert
        Assert.Equal([("early", Start.AddHours(1)), ("late", Start.AddDays(3))], fired);
        Assert.Equal(Start.AddDays(7), clock.GetUtcNow());
    }

    [Fact]
    public void Advance_PeriodicTimer_FiresOncePerPeriod()
    {
        // Arrange
        var clock = new VirtualTimeProvider(Start);
        var count = 0;
        using var timer = clock.CreateTimer(_ => count++, null, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(10));

        // Act
        clock.Advance(TimeSpan.FromMinutes(35));

        // Assert
        Assert.Equal(3, count);
    }

    [Fact]
    public void AdvanceTo_Backwards_IsRefused()
    {
        // Arrange
        var clock = new VirtualTimeProvider(Start);

        // Act
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => clock.AdvanceTo(Start.AddSeconds(-1)));

        // Assert
        Assert.Contains("never moves backwards", error.Message, StringComparison.Ordinal);
        Assert.Equal(Start, clock.GetUtcNow());
    }

    [Fact]
    public void Dispose_BeforeDue_TimerNeverFires()
    {
        // Arrange
        var clock = new VirtualTimeProvider(Start);
        var fired = false;
        var timer = clock.CreateTimer(_ => fired = true, null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);

        // Act
        timer.Dispose();
        clock.Advance(TimeSpan.FromMinutes(1));

        // Assert
        Assert.False(fired);
    }

    [Fact]
    public async Task Delay_OnTheVirtualClock_CompletesOnlyWhenAdvancedPastIt()
    {
        // Arrange
        var clock = new VirtualTimeProvider(Start);
        var delay = Task.Delay(TimeSpan.FromDays(40), clock);

        // Act
        clock.Advance(TimeSpan.FromDays(39));
        var before = delay.IsCompleted;
        clock.Advance(TimeSpan.FromDays(1));
        await delay.WaitAsync(TimeSpan.FromSeconds(10));

        // Assert
        Assert.False(before);
        Assert.True(delay.IsCompletedSuccessfully);
    }
}
