namespace Durable.Conformance;

public abstract partial class BackendConformanceTests
{
    [Fact]
    public async Task Replay_CodeChangedWhileInstanceRuns_FailsWithAnErrorNamingInstanceSequenceAndBothActions()
    {
        // Arrange
        var activity = "SendLetter";
        await using var host = await StartHostAsync(tasks => tasks
            .AddActivity<object?, string>("SendLetter", (_, _) => "sent")
            .AddActivity<object?, string>("SendEmail", (_, _) => "emailed")
            .AddOrchestrator<object?, string>("Notify", async (context, _) =>
            {
                var sent = await context.CallActivityAsync<string>(activity);
                return sent + await context.WaitForExternalEvent<string>("Ack");
            }));
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Notify");
        await host.WaitForIdleAsync();

        // Act: new code comes with a new process, so the worker restarts and replays.
        activity = "SendEmail";
        await host.RestartWorkerAsync();
        await host.Client.RaiseEventAsync(id, "Ack", "!");
        var instance = await host.WaitForCompletionAsync(id);

        // Assert
        Assert.Equal(OrchestrationRuntimeStatus.Failed, instance.RuntimeStatus);
        var failure = instance.FailureDetails!;
        Assert.Equal(typeof(NonDeterministicOrchestrationException).FullName, failure.ErrorType);
        Assert.Contains($"instance '{id}'", failure.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("sequence number 0", failure.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("TaskScheduled 'SendLetter'", failure.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("scheduled activity 'SendEmail'", failure.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_CodeNoLongerTakesARecordedAction_FailsSayingSo()
    {
        // Arrange
        var waitFirst = true;
        await using var host = await StartHostAsync(tasks => tasks
            .AddOrchestrator<object?, string>("Shrinking", async (context, _) =>
            {
                if (waitFirst)
                {
                    await context.CreateTimer(TimeSpan.FromHours(1), CancellationToken.None);
                }

                return await context.WaitForExternalEvent<string>("Ack");
            }));
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Shrinking");
        await host.AdvanceAsync(TimeSpan.FromHours(1));

        // Act
        waitFirst = false;
        await host.RestartWorkerAsync();
        await host.Client.RaiseEventAsync(id, "Ack", "ok");
        var instance = await host.WaitForCompletionAsync(id);

        // Assert
        Assert.Equal(OrchestrationRuntimeStatus.Failed, instance.RuntimeStatus);
        Assert.Contains("the history holds TimerCreated, but the code now took no action", instance.FailureDetails!.ErrorMessage, StringComparison.Ordinal);
    }
}
