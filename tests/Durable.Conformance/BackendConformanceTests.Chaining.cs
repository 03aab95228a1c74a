using Durable.History;

namespace Durable.Conformance;

public abstract partial class BackendConformanceTests
{
    [Fact]
    public async Task Chaining_ThreeActivitiesInSequence_CompletesWithTheirResultsInOrder()
    {
        // Arrange
        await using var host = await StartHostAsync(tasks => tasks
            .AddActivity<string, string>("SayHello", (_, city) => $"Hello {city}!")
            .AddOrchestrator<object?, List<string>>("HelloSequence", async (context, _) =>
            [
                await context.CallActivityAsync<string>("SayHello", "Tokyo"),
                await context.CallActivityAsync<string>("SayHello", "Seattle"),
                await context.CallActivityAsync<string>("SayHello", "London"),
            ]));

        // Act
        var instance = await host.RunAsync("HelloSequence");

        // Assert
        Assert.Equal(OrchestrationRuntimeStatus.Completed, instance.RuntimeStatus);
        Assert.Equal(["Hello Tokyo!", "Hello Seattle!", "Hello London!"], instance.ReadOutputAs<List<string>>());
        var history = await host.Client.GetHistoryAsync(instance.InstanceId);
        Assert.IsType<ExecutionStartedEvent>(history.First(e => e is not OrchestratorStartedEvent));
        Assert.Equal([0, 1, 2], EventsOf<TaskScheduledEvent>(history).Select(e => e.EventId));
        Assert.Equal([0, 1, 2], EventsOf<TaskCompletedEvent>(history).Select(e => e.TaskScheduledId));
        Assert.Equal(OrchestrationRuntimeStatus.Completed, EventsOf<ExecutionCompletedEvent>(history).Single().Status);
        Assert.Equal(4, EventsOf<OrchestratorStartedEvent>(history).Count);
    }
}
