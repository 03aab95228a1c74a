using Durable.Client;
using Durable.InMemory;
using Durable.Testing;

namespace Durable.Worker;

public sealed class DurableTaskWorkerTests
{
    [Fact]
    public async Task StopAsync_ActivityRunning_LetsItFinishWithinTheGracePeriodAndStoresItsResult()
    {
        // Arrange
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var registry = new DurableTaskRegistry()
            .AddActivity<object?, string>("Slow", async (_, _) =>
            {
                started.SetResult();
                await release.Task;
                return "finished";
            })
            .AddOrchestrator<object?, string>("CallSlow", (context, _) => context.CallActivityAsync<string>("Slow"));
        using var backend = new InMemoryBackend();
        var client = new DurableTaskClient(backend);
        var worker = new DurableTaskWorker(backend, registry, new DurableTaskWorkerOptions { ShutdownGracePeriod = TimeSpan.FromMinutes(1) });
        await worker.StartAsync();
        var id = await client.ScheduleNewOrchestrationInstanceAsync("CallSlow");
        await started.Task.WaitAsync(TimeSpan.FromSeconds(30));

        // Act
        var stopping = worker.StopAsync();
        release.SetResult();
        await stopping.WaitAsync(TimeSpan.FromSeconds(30));
        await using var successor = new DurableTaskWorker(backend, registry);
        await successor.StartAsync();
        await backend.WaitForIdleAsync().WaitAsync(TimeSpan.FromSeconds(30));

        // Assert
        var instance = await client.GetInstanceAsync(id, getInputsAndOutputs: true);
        Assert.Equal("finished", instance!.ReadOutputAs<string>());
    }

    [Fact]
    public async Task UnknownOrchestratorName_InstanceFailsSayingWhichNameIsMissing()
    {
        // Arrange
        await using var host = await DurableTestHost.StartAsync(_ => { });

        // Act
        var instance = await host.RunAsync("NoSuchOrchestrator");

        // Assert
        Assert.Equal(OrchestrationRuntimeStatus.Failed, instance.RuntimeStatus);
        Assert.Equal("No orchestrator named 'NoSuchOrchestrator' is registered with this worker.", instance.FailureDetails!.ErrorMessage);
    }

    [Fact]
    public async Task UnknownActivityName_CallFailsIntoTheOrchestrator()
    {
        // Arrange
        await using var host = await DurableTestHost.StartAsync(tasks => tasks
            .AddOrchestrator<object?, string>("CallsMissing", async (context, _) =>
            {
                try
                {
                    return await context.CallActivityAsync<string>("Missing");
                }
                catch (TaskFailedException failed)
                {
                    return failed.FailureDetails.ErrorMessage;
                }
            }));

        // Act
        var instance = await host.RunAsync("CallsMissing");

        // Assert
        Assert.Equal("No activity named 'Missing' is registered with this worker.", instance.ReadOutputAs<string>());
    }

    [Fact]
    public async Task SendEvent_ToAnotherInstance_IsDeliveredAsAnExternalEvent()
    {
        // Arrange
        await using var host = await DurableTestHost.StartAsync(tasks => tasks
            .AddOrchestrator<object?, string>("Listener", (context, _) => context.WaitForExternalEvent<string>("Note"))
            .AddOrchestrator<string, string>("Sender", (context, target) =>
            {
                context.SendEvent(target, "Note", "from sender");
                return Task.FromResult("sent");
            }));
        var listener = await host.Client.ScheduleNewOrchestrationInstanceAsync("Listener");

        // Act
        await host.RunAsync("Sender", listener);
        var received = await host.WaitForCompletionAsync(listener);

        // Assert
        Assert.Equal("from sender", received.ReadOutputAs<string>());
    }

    [Fact]
    public void Constructor_InvalidOptions_AreRefused()
    {
        // Arrange
        using var backend = new InMemoryBackend();

        // Act / Assert
        Assert.Throws<System.ComponentModel.DataAnnotations.ValidationException>(() =>
            new DurableTaskWorker(backend, new DurableTaskRegistry(), new DurableTaskWorkerOptions { MaxConcurrentActivities = 0 }));
    }
}
