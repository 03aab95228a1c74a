using Durable.Testing;

namespace Durable.Worker;

public sealed class ExecutionSessionsTests
{
    [Fact]
    public async Task Sessions_OnChainOfActivities_RunTheOrchestratorOnceInsteadOfOncePerEpisode()
    {
        // Arrange
        var withSessions = await CountOrchestratorRunsAsync(maxCached: 100);
        var withoutSessions = await CountOrchestratorRunsAsync(maxCached: 0);

        // Assert: 4 episodes (start and three results); a session replays none of them.
        Assert.Equal(1, withSessions);
        Assert.Equal(4, withoutSessions);
    }

    [Fact]
    public async Task Sessions_AfterContinueAsNew_HandTheInputOverAndKeepResultsIdentical()
    {
        // Arrange
        var outputs = new List<int>();
        foreach (var maxCached in new[] { 0, 100 })
        {
            await using var host = await DurableTestHost.StartAsync(
                tasks => tasks
                    .AddActivity<int, int>("Twice", (_, n) => n * 2)
                    .AddOrchestrator<int, int>("Doubling", async (context, n) =>
                    {
                        var doubled = await context.CallActivityAsync<int>("Twice", n);
                        if (doubled < 1000)
                        {
                            context.ContinueAsNew(doubled);
                        }

                        return doubled;
                    }),
                new DurableTestHostOptions { Worker = new DurableTaskWorkerOptions { MaxCachedOrchestrations = maxCached } });

            // Act
            outputs.Add((await host.RunAsync("Doubling", 3)).ReadOutputAs<int>());
        }

        // Assert
        Assert.Equal([1536, 1536], outputs);
    }

    [Fact]
    public void Put_BeyondCapacity_EvictsTheLeastRecentlyUsed()
    {
        // Arrange
        var sessions = new ExecutionSessions(capacity: 2);
        var session = new ExecutionSession(null!, "e", 1);
        sessions.Put("a", session);
        sessions.Put("b", session);

        // Act
        sessions.Put("c", session);

        // Assert
        Assert.Null(sessions.Take("a"));
        Assert.NotNull(sessions.Take("b"));
        Assert.NotNull(sessions.Take("c"));
        Assert.Null(sessions.Take("c"));
    }

    private static async Task<int> CountOrchestratorRunsAsync(int maxCached)
    {
        var runs = 0;
        await using var host = await DurableTestHost.StartAsync(
            tasks => tasks
                .AddActivity<int, int>("Inc", (_, n) => n + 1)
                .AddOrchestrator<int, int>("Counted", async (context, n) =>
                {
                    Interlocked.Increment(ref runs);
                    for (var i = 0; i < 3; i++)
                    {
                        n = await context.CallActivityAsync<int>("Inc", n);
                    }

                    return n;
                }),
            new DurableTestHostOptions { Worker = new DurableTaskWorkerOptions { MaxConcurrentOrchestrations = 1, MaxCachedOrchestrations = maxCached } });
        var instance = await host.RunAsync("Counted", 0);
        Assert.Equal(3, instance.ReadOutputAs<int>());
        return runs;
    }
}
