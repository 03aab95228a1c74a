namespace Durable.Conformance;

public abstract partial class BackendConformanceTests
{
    [Fact]
    public async Task ExternalEvent_RaisedWhileOrchestrationWaits_IsDelivered()
    {
        // Arrange
        await using var host = await StartHostAsync(tasks => tasks
            .AddOrchestrator<object?, string>("Approve", (context, _) => context.WaitForExternalEvent<string>("Approval")));
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Approve");
        await host.WaitForIdleAsync();

        // Act
        await host.Client.RaiseEventAsync(id, "Approval", "yes");
        var instance = await host.WaitForCompletionAsync(id);

        // Assert
        Assert.Equal("yes", instance.ReadOutputAs<string>());
    }

    [Fact]
    public async Task ExternalEvents_RaisedBeforeTheWait_AreBufferedInOrder()
    {
        // Arrange
        await using var host = await StartHostAsync(tasks => tasks
            .AddOrchestrator<object?, List<int>>("Collect", async (context, _) =>
            {
                await context.CreateTimer(TimeSpan.FromHours(1), CancellationToken.None);
                return
                [
                    await context.WaitForExternalEvent<int>("Reading"),
                    await context.WaitForExternalEvent<int>("reading"),
                    await context.WaitForExternalEvent<int>("READING"),
                ];
            }));
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Collect");
        await host.WaitForIdleAsync();

        // Act
        foreach (var reading in new[] { 3, 1, 2 })
        {
            await host.Client.RaiseEventAsync(id, "Reading", reading);
        }

        var instance = await host.WaitForCompletionAsync(id);

        // Assert
        Assert.Equal([3, 1, 2], instance.ReadOutputAs<List<int>>());
    }

    [Fact]
    public async Task ExternalEventWithTimeout_EventArrivesFirst_ReturnsItAndCancelsTheTimer()
    {
        // Arrange
        await using var host = await StartHostAsync(RegisterWaitWithTimeout);
        var start = host.Clock.GetUtcNow();
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("WaitFiveDays");
        await host.AdvanceAsync(TimeSpan.FromDays(2));

        // Act
        await host.Client.RaiseEventAsync(id, "Explanation", "ill");
        await host.WaitForIdleAsync();

        // Assert
        var instance = await host.Client.GetInstanceAsync(id, getInputsAndOutputs: true);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, instance!.RuntimeStatus);
        Assert.Equal("explained: ill", instance.ReadOutputAs<string>());
        Assert.Equal(start.AddDays(2).UtcDateTime, instance.CompletedAt);
    }

    [Fact]
    public async Task ExternalEventWithTimeout_NoEvent_TimesOutAsACatchableOutcome()
    {
        // Arrange
        await using var host = await StartHostAsync(RegisterWaitWithTimeout);
        var start = host.Clock.GetUtcNow();
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("WaitFiveDays");

        // Act
        await host.AdvanceAsync(TimeSpan.FromDays(5));

        // Assert
        var instance = await host.Client.GetInstanceAsync(id, getInputsAndOutputs: true);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, instance!.RuntimeStatus);
        Assert.Equal("timed out after 5.00:00:00", instance.ReadOutputAs<string>());
        Assert.Equal(start.AddDays(5).UtcDateTime, instance.CompletedAt);
    }

    private static void RegisterWaitWithTimeout(DurableTaskRegistry tasks) => tasks
        .AddOrchestrator<object?, string>("WaitFiveDays", async (context, _) =>
        {
            try
            {
                return "explained: " + await context.WaitForExternalEvent<string>("Explanation", TimeSpan.FromDays(5));
            }
            catch (ExternalEventTimeoutException timeout)
            {
                return $"timed out after {timeout.Timeout}";
            }
        });
}
