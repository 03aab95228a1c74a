using System.Collections.Concurrent;
using Durable.History;

namespace Durable.Conformance;

public abstract partial class BackendConformanceTests
{
    [Fact]
    public async Task Restart_WorkerDisposedMidFlight_NewWorkerCompletesEverythingAndAppliesEachResultOnce()
    {
        // Arrange
        const int Instances = 40;
        const int Steps = 5;
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var executions = new ConcurrentDictionary<string, int>();
        var inFlight = 0;
        var enoughInFlight = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var host = await StartHostAsync(tasks => tasks
            .AddActivity<int, int>("Step", async (context, value) =>
            {
                executions.AddOrUpdate(context.IdempotencyKey, 1, (_, n) => n + 1);
                if (Interlocked.Increment(ref inFlight) >= 4)
                {
                    enoughInFlight.TrySetResult();
                }

                await gate.Task.WaitAsync(context.CancellationToken);
                return value + 1;
            })
            .AddOrchestrator<int, int>("Steps", async (context, value) =>
            {
                for (var i = 0; i < Steps; i++)
                {
                    value = await context.CallActivityAsync<int>("Step", value);
                }

                return value;
            }));
        var ids = new List<string>();
        for (var i = 0; i < Instances; i++)
        {
            ids.Add(await host.Client.ScheduleNewOrchestrationInstanceAsync("Steps", i * 100));
        }

        await enoughInFlight.Task.WaitAsync(TimeSpan.FromSeconds(30));

        // Act
        await host.RestartWorkerAsync();
        gate.SetResult();
        var results = new List<Client.OrchestrationMetadata>();
        foreach (var id in ids)
        {
            results.Add(await host.WaitForCompletionAsync(id));
        }

        // Assert
        Assert.All(results, r => Assert.Equal(OrchestrationRuntimeStatus.Completed, r.RuntimeStatus));
        Assert.Equal(Enumerable.Range(0, Instances).Select(i => (i * 100) + Steps), results.Select(r => r.ReadOutputAs<int>()));
        Assert.Contains(executions.Values, n => n > 1);
        foreach (var id in ids)
        {
            var history = await host.Client.GetHistoryAsync(id);
            var completed = EventsOf<TaskCompletedEvent>(history).Select(e => e.TaskScheduledId).ToList();
            Assert.Equal(Enumerable.Range(0, Steps), completed);
            Assert.Equal(Steps, EventsOf<TaskScheduledEvent>(history).Count);
        }
    }
}
