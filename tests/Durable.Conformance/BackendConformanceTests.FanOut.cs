using System.Collections.Concurrent;
using Durable.History;

namespace Durable.Conformance;

public abstract partial class BackendConformanceTests
{
    [Fact]
    public async Task FanOutFanIn_OneThousandActivities_SumsEveryResultOnce()
    {
        // Arrange
        var calls = new ConcurrentDictionary<int, int>();
        await using var host = await StartHostAsync(tasks => tasks
            .AddActivity<int, long>("Square", (_, n) =>
            {
                calls.AddOrUpdate(n, 1, (_, count) => count + 1);
                return (long)n * n;
            })
            .AddOrchestrator<int, long>("SumOfSquares", async (context, count) =>
            {
                var squares = Enumerable.Range(1, count).Select(n => context.CallActivityAsync<long>("Square", n));
                return (await Task.WhenAll(squares)).Sum();
            }));

        // Act
        var instance = await host.RunAsync("SumOfSquares", 1000);

        // Assert
        Assert.Equal(OrchestrationRuntimeStatus.Completed, instance.RuntimeStatus);
        Assert.Equal(333_833_500L, instance.ReadOutputAs<long>());
        Assert.Equal(1000, calls.Count);
        var history = await host.Client.GetHistoryAsync(instance.InstanceId);
        Assert.Equal(1000, EventsOf<TaskScheduledEvent>(history).Count);
        Assert.Equal(1000, EventsOf<TaskCompletedEvent>(history).Select(e => e.TaskScheduledId).Distinct().Count());
    }

    [Fact]
    public async Task WhenAny_FirstOfTwoTimers_ResumesAtTheEarlierOneAndCompletesWithoutTheOther()
    {
        // Arrange
        await using var host = await StartHostAsync(tasks => tasks
            .AddOrchestrator<object?, string>("Race", async (context, _) =>
            {
                using var cancel = new CancellationTokenSource();
                var slow = context.CreateTimer(TimeSpan.FromDays(3), cancel.Token);
                var fast = context.CreateTimer(TimeSpan.FromDays(1), cancel.Token);
                var winner = await Task.WhenAny(slow, fast);
                cancel.Cancel();
                return winner == fast ? "fast" : "slow";
            }));
        var start = host.Clock.GetUtcNow();

        // Act
        var instance = await host.RunAsync("Race");

        // Assert
        Assert.Equal("fast", instance.ReadOutputAs<string>());
        Assert.Equal(start.AddDays(1).UtcDateTime, instance.CompletedAt);
    }
}
