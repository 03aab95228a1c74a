using Durable.Client;
using Durable.History;

namespace Durable.Conformance;

public abstract partial class BackendConformanceTests
{
    [Fact]
    public async Task Schedule_SameIdWhileRunning_ReturnsTheExistingInstanceAndStartsNothing()
    {
        // Arrange
        var runs = 0;
        await using var host = await StartHostAsync(tasks => tasks
            .AddActivity<string, string>("Record", (_, input) =>
            {
                Interlocked.Increment(ref runs);
                return input;
            })
            .AddOrchestrator<string, string>("Once", async (context, input) =>
            {
                var recorded = await context.CallActivityAsync<string>("Record", input);
                return recorded + " " + await context.WaitForExternalEvent<string>("Finish");
            }));
        var options = new StartOrchestrationOptions("order-1");

        // Act
        var first = await host.Client.ScheduleNewOrchestrationInstanceAsync("Once", "first", options);
        await host.WaitForIdleAsync();
        var second = await host.Client.ScheduleNewOrchestrationInstanceAsync("Once", "second", options);
        await host.Client.RaiseEventAsync(first, "Finish", "done");
        var instance = await host.WaitForCompletionAsync(first);

        // Assert
        Assert.Equal("order-1", first);
        Assert.Equal(first, second);
        Assert.Equal(1, runs);
        Assert.Equal("first done", instance.ReadOutputAs<string>());
        Assert.Single(EventsOf<ExecutionStartedEvent>(await host.Client.GetHistoryAsync(first)));
    }

    [Fact]
    public async Task Schedule_SameIdAfterItEnded_RestartsByDefaultOrRefusesWhenAsked()
    {
        // Arrange
        await using var host = await StartHostAsync(tasks => tasks
            .AddOrchestrator<string, string>("Echo", (_, input) => Task.FromResult(input)));
        await host.RunAsync("Echo", "first run", "echo-1");

        // Act
        var refused = await Assert.ThrowsAsync<OrchestrationStatusConflictException>(() =>
            host.Client.ScheduleNewOrchestrationInstanceAsync("Echo", "refused", new StartOrchestrationOptions("echo-1", RestartIfEnded: false)));
        var kept = await host.Client.GetInstanceAsync("echo-1", getInputsAndOutputs: true);
        var restarted = await host.RunAsync("Echo", "second run", "echo-1");

        // Assert
        Assert.Equal(OrchestrationRuntimeStatus.Completed, refused.Status);
        Assert.Equal("first run", kept!.ReadOutputAs<string>());
        Assert.Equal("second run", restarted.ReadOutputAs<string>());
        Assert.Single(EventsOf<ExecutionStartedEvent>(await host.Client.GetHistoryAsync("echo-1")));
    }

    [Fact]
    public async Task Schedule_InvalidInstanceId_IsRefusedWithAClearError()
    {
        // Arrange
        await using var host = await StartHostAsync(tasks => tasks
            .AddOrchestrator<string, string>("Echo", (_, input) => Task.FromResult(input)));

        // Act
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            host.Client.ScheduleNewOrchestrationInstanceAsync("Echo", "x", new StartOrchestrationOptions("bad/id")));

        // Assert
        Assert.Contains("must not contain '/'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RedeliveredCompletion_AfterTheTaskCompleted_IsRecognisedAndIgnored()
    {
        // Arrange
        await using var host = await StartHostAsync(tasks => tasks
            .AddActivity<int, int>("Inc", (_, n) => n + 1)
            .AddOrchestrator<object?, int>("IncThenWait", async (context, _) =>
            {
                var value = await context.CallActivityAsync<int>("Inc", 1);
                return value + await context.WaitForExternalEvent<int>("More");
            }));
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("IncThenWait");
        await host.WaitForIdleAsync();
        var state = await host.Backend.GetStateAsync(id);

        // Act
        await host.Backend.SendMessageAsync(new Backend.OrchestrationMessage(
            id, state!.ExecutionId, new TaskCompletedEvent(-1, host.Clock.GetUtcNow().UtcDateTime, 0, "100")));
        await host.WaitForIdleAsync();
        await host.Client.RaiseEventAsync(id, "More", 10);
        var instance = await host.WaitForCompletionAsync(id);

        // Assert
        Assert.Equal(12, instance.ReadOutputAs<int>());
        Assert.Single(EventsOf<TaskCompletedEvent>(await host.Client.GetHistoryAsync(id)));
    }
}
