namespace Durable.Conformance;

public abstract partial class BackendConformanceTests
{
    public static TheoryData<string> TimerLengths => ["00:00:01", "01:00:00", "7.00:00:00", "112.00:00:00", "365.00:00:00"];

    [Theory]
    [MemberData(nameof(TimerLengths))]
    public async Task Timer_OfAnyLength_FiresExactlyWhenDueAndNotBefore(string length)
    {
        // Arrange
        var delay = TimeSpan.Parse(length, System.Globalization.CultureInfo.InvariantCulture);
        await using var host = await StartHostAsync(tasks => tasks
            .AddOrchestrator<TimeSpan, DateTime>("Sleep", async (context, wait) =>
            {
                await context.CreateTimer(wait, CancellationToken.None);
                return context.CurrentUtcDateTime;
            }));
        var start = host.Clock.GetUtcNow();
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Sleep", delay);

        // Act
        await host.AdvanceToAsync(start + delay - TimeSpan.FromMilliseconds(1));
        var before = await host.Client.GetInstanceAsync(id);
        await host.AdvanceToAsync(start + delay);
        var after = await host.Client.GetInstanceAsync(id, getInputsAndOutputs: true);

        // Assert
        Assert.Equal(OrchestrationRuntimeStatus.Running, before!.RuntimeStatus);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, after!.RuntimeStatus);
        Assert.Equal((start + delay).UtcDateTime, after.ReadOutputAs<DateTime>());
    }

    [Fact]
    public async Task Timers_SetInParallel_FireInDueOrder()
    {
        // Arrange
        await using var host = await StartHostAsync(tasks => tasks
            .AddOrchestrator<object?, List<int>>("Ordered", async (context, _) =>
            {
                var fired = new List<int>();
                async Task Wait(int days)
                {
                    await context.CreateTimer(TimeSpan.FromDays(days), CancellationToken.None);
                    fired.Add(days);
                }

                await Task.WhenAll(Wait(30), Wait(2), Wait(14), Wait(1));
                return fired;
            }));

        // Act
        var instance = await host.RunAsync("Ordered");

        // Assert
        Assert.Equal([1, 2, 14, 30], instance.ReadOutputAs<List<int>>());
    }

    [Fact]
    public async Task Timer_CreatedByWorkOfAnotherTimer_FiresWithinTheSameAdvance()
    {
        // Arrange
        await using var host = await StartHostAsync(tasks => tasks
            .AddOrchestrator<object?, DateTime>("TwoSteps", async (context, _) =>
            {
                await context.CreateTimer(TimeSpan.FromDays(10), CancellationToken.None);
                await context.CreateTimer(TimeSpan.FromDays(10), CancellationToken.None);
                return context.CurrentUtcDateTime;
            }));
        var start = host.Clock.GetUtcNow();
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("TwoSteps");

        // Act
        await host.AdvanceAsync(TimeSpan.FromDays(30));

        // Assert
        var instance = await host.Client.GetInstanceAsync(id, getInputsAndOutputs: true);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, instance!.RuntimeStatus);
        Assert.Equal(start.AddDays(20).UtcDateTime, instance.ReadOutputAs<DateTime>());
    }
}
