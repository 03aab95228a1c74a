using Durable.History;

namespace Durable.Conformance;

public abstract partial class BackendConformanceTests
{
    [Fact]
    public async Task SubOrchestration_Succeeds_ParentGetsItsOutput()
    {
        // Arrange
        await using var host = await StartHostAsync(tasks => tasks
            .AddActivity<int, int>("Double", (_, n) => n * 2)
            .AddOrchestrator<int, int>("Child", (context, n) => context.CallActivityAsync<int>("Double", n))
            .AddOrchestrator<int, int>("Parent", async (context, n) =>
                await context.CallSubOrchestratorAsync<int>("Child", n, new SubOrchestrationOptions("child-of-parent"))
                + await context.CallSubOrchestratorAsync<int>("Child", n + 1)));

        // Act
        var instance = await host.RunAsync("Parent", 20);

        // Assert
        Assert.Equal(OrchestrationRuntimeStatus.Completed, instance.RuntimeStatus);
        Assert.Equal(82, instance.ReadOutputAs<int>());
        var child = await host.Client.GetInstanceAsync("child-of-parent", getInputsAndOutputs: true);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, child!.RuntimeStatus);
        Assert.Equal(40, child.ReadOutputAs<int>());
        var history = await host.Client.GetHistoryAsync(instance.InstanceId);
        Assert.Equal(2, EventsOf<SubOrchestrationInstanceCreatedEvent>(history).Count);
        Assert.Equal(2, EventsOf<SubOrchestrationInstanceCompletedEvent>(history).Count);
    }

    [Fact]
    public async Task SubOrchestration_Fails_ParentCatchesTheChildsFailure()
    {
        // Arrange
        await using var host = await StartHostAsync(tasks => tasks
            .AddOrchestrator<object?, int>("FailingChild", (_, _) => throw new InvalidOperationException("child broke"))
            .AddOrchestrator<object?, string>("CatchingParent", async (context, _) =>
            {
                try
                {
                    await context.CallSubOrchestratorAsync<int>("FailingChild");
                    return "no failure";
                }
                catch (TaskFailedException failed)
                {
                    return $"{failed.TaskName}: {failed.FailureDetails.ErrorType}: {failed.FailureDetails.ErrorMessage}";
                }
            }));

        // Act
        var instance = await host.RunAsync("CatchingParent");

        // Assert
        Assert.Equal("FailingChild: System.InvalidOperationException: child broke", instance.ReadOutputAs<string>());
    }

    [Fact]
    public async Task SubOrchestration_Terminated_ParentSeesAFailure()
    {
        // Arrange
        await using var host = await StartHostAsync(tasks => tasks
            .AddOrchestrator<object?, string>("WaitingChild", (context, _) => context.WaitForExternalEvent<string>("Never"))
            .AddOrchestrator<object?, string>("Waiter", async (context, _) =>
            {
                try
                {
                    return await context.CallSubOrchestratorAsync<string>("WaitingChild", null, new SubOrchestrationOptions("waiting-child"));
                }
                catch (TaskFailedException failed)
                {
                    return failed.FailureDetails.ErrorType;
                }
            }));
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Waiter");
        await host.WaitForIdleAsync();

        // Act
        await host.Client.TerminateInstanceAsync("waiting-child", "no longer needed");
        var instance = await host.WaitForCompletionAsync(id);

        // Assert
        Assert.Equal(nameof(OrchestrationRuntimeStatus.Terminated), instance.ReadOutputAs<string>());
    }
}
