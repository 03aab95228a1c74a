using Durable.History;

namespace Durable.Conformance;

public abstract partial class BackendConformanceTests
{
    [Fact]
    public async Task Terminate_WaitingInstance_EndsTerminatedWithTheReasonAndRefusesFurtherSignals()
    {
        // Arrange
        await using var host = await StartHostAsync(RegisterWaiter);
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Waiter");
        await host.WaitForIdleAsync();

        // Act
        await host.Client.TerminateInstanceAsync(id, "order revoked");
        await host.WaitForIdleAsync();

        // Assert
        var instance = await host.Client.GetInstanceAsync(id, getInputsAndOutputs: true);
        Assert.Equal(OrchestrationRuntimeStatus.Terminated, instance!.RuntimeStatus);
        Assert.Equal("order revoked", instance.ReadOutputAs<string>());
        var refused = await Assert.ThrowsAsync<OrchestrationStatusConflictException>(() => host.Client.RaiseEventAsync(id, "Go", "late"));
        Assert.Equal(OrchestrationRuntimeStatus.Terminated, refused.Status);
        await Assert.ThrowsAsync<OrchestrationStatusConflictException>(() => host.Client.TerminateInstanceAsync(id));
        await Assert.ThrowsAsync<OrchestrationNotFoundException>(() => host.Client.TerminateInstanceAsync("no-such-instance"));
    }

    [Theory]
    [InlineData("a\\b")]
    [InlineData("a?b")]
    [InlineData("a#b")]
    [InlineData("a/b")]
    [InlineData("a\u0001b")]
    public async Task Client_AnIdNoInstanceCouldHave_IsNotFoundForEveryCall(string id)
    {
        // Arrange
        await using var host = await StartHostAsync(RegisterWaiter);

        // Act
        var instance = await host.Client.GetInstanceAsync(id);
        var history = await host.Client.GetHistoryAsync(id);
        var purged = await host.Client.PurgeInstanceAsync(id);

        // Assert
        Assert.Null(instance);
        Assert.Empty(history);
        Assert.False(purged);
        await Assert.ThrowsAsync<OrchestrationNotFoundException>(() => host.Client.RaiseEventAsync(id, "Go"));
        await Assert.ThrowsAsync<OrchestrationNotFoundException>(() => host.Client.TerminateInstanceAsync(id));
        await Assert.ThrowsAsync<OrchestrationNotFoundException>(() => host.Client.SuspendInstanceAsync(id));
        await Assert.ThrowsAsync<OrchestrationNotFoundException>(() => host.Client.ResumeInstanceAsync(id));
        Assert.Null(await host.Client.GetInstanceAsync(new string('x', 257)));
    }

    [Fact]
    public async Task Terminate_InstanceWaitingOnATimer_StaysTerminatedWhenTheTimerFiresLater()
    {
        // Arrange
        await using var host = await StartHostAsync(tasks => tasks
            .AddOrchestrator<object?, string>("Later", async (context, _) =>
            {
                await context.CreateTimer(TimeSpan.FromDays(1), CancellationToken.None);
                return "ran to the end";
            }));
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Later");
        await host.WaitForIdleAsync();

        // Act
        await host.Client.TerminateInstanceAsync(id, "cancelled");
        await host.AdvanceAsync(TimeSpan.FromDays(2));

        // Assert
        var instance = await host.Client.GetInstanceAsync(id, getInputsAndOutputs: true);
        Assert.Equal(OrchestrationRuntimeStatus.Terminated, instance!.RuntimeStatus);
        Assert.Equal("cancelled", instance.ReadOutputAs<string>());
        var history = await host.Client.GetHistoryAsync(id);
        Assert.DoesNotContain(history, e => e is TimerFiredEvent);
    }

    [Fact]
    public async Task SuspendResume_EventDuringSuspension_IsKeptAndDeliveredOnResume()
    {
        // Arrange
        await using var host = await StartHostAsync(RegisterWaiter);
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Waiter");
        await host.WaitForIdleAsync();

        // Act
        await host.Client.SuspendInstanceAsync(id, "paused by staff");
        await host.WaitForIdleAsync();
        var suspended = await host.Client.GetInstanceAsync(id);
        await host.Client.RaiseEventAsync(id, "Go", "while suspended");
        await host.WaitForIdleAsync();
        var stillSuspended = await host.Client.GetInstanceAsync(id);
        await host.Client.ResumeInstanceAsync(id, "carry on");
        var resumed = await host.WaitForCompletionAsync(id);

        // Assert
        Assert.Equal(OrchestrationRuntimeStatus.Suspended, suspended!.RuntimeStatus);
        Assert.Equal(OrchestrationRuntimeStatus.Suspended, stillSuspended!.RuntimeStatus);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, resumed.RuntimeStatus);
        Assert.Equal("while suspended", resumed.ReadOutputAs<string>());
    }

    [Fact]
    public async Task SuspendResume_TimerDueDuringSuspension_FiresAfterResume()
    {
        // Arrange
        await using var host = await StartHostAsync(tasks => tasks
            .AddOrchestrator<object?, DateTime>("Nap", async (context, _) =>
            {
                await context.CreateTimer(TimeSpan.FromDays(1), CancellationToken.None);
                return context.CurrentUtcDateTime;
            }));
        var start = host.Clock.GetUtcNow();
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Nap");
        await host.WaitForIdleAsync();
        await host.Client.SuspendInstanceAsync(id);

        // Act
        await host.AdvanceAsync(TimeSpan.FromDays(3));
        var whileSuspended = await host.Client.GetInstanceAsync(id);
        await host.Client.ResumeInstanceAsync(id);
        await host.WaitForIdleAsync();

        // Assert
        Assert.Equal(OrchestrationRuntimeStatus.Suspended, whileSuspended!.RuntimeStatus);
        var instance = await host.Client.GetInstanceAsync(id, getInputsAndOutputs: true);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, instance!.RuntimeStatus);
        Assert.Equal(start.AddDays(3).UtcDateTime, instance.ReadOutputAs<DateTime>());
    }

    private static void RegisterWaiter(DurableTaskRegistry tasks) => tasks
        .AddOrchestrator<object?, string>("Waiter", (context, _) => context.WaitForExternalEvent<string>("Go"));
}
