using Durable.History;

namespace Durable.Conformance;

public abstract partial class BackendConformanceTests
{
    [Fact]
    public async Task Retry_ActivityFailsTwiceThenSucceeds_CompletesAfterBackoffTimers()
    {
        // Arrange
        var attempts = 0;
        var policy = new RetryPolicy(maxNumberOfAttempts: 5, firstRetryInterval: TimeSpan.FromSeconds(10), backoffCoefficient: 2);
        await using var host = await StartHostAsync(tasks => tasks
            .AddActivity<object?, string>("Flaky", (_, _) =>
                Interlocked.Increment(ref attempts) < 3 ? throw new InvalidOperationException("not yet") : "done")
            .AddOrchestrator<object?, string>("CallFlaky", (context, _) =>
                context.CallActivityAsync<string>("Flaky", null, new TaskOptions(policy))));

        // Act
        var instance = await host.RunAsync("CallFlaky");

        // Assert
        Assert.Equal(OrchestrationRuntimeStatus.Completed, instance.RuntimeStatus);
        Assert.Equal("done", instance.ReadOutputAs<string>());
        Assert.Equal(3, attempts);
        var history = await host.Client.GetHistoryAsync(instance.InstanceId);
        var waits = EventsOf<TimerCreatedEvent>(history).Select(t => t.FireAt - t.Timestamp).ToList();
        Assert.Equal([TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(20)], waits);
    }

    [Fact]
    public async Task Retry_ActivityAlwaysFails_FailsAfterMaxAttemptsWithTheOriginalError()
    {
        // Arrange
        var attempts = 0;
        var policy = new RetryPolicy(3, TimeSpan.FromMinutes(1));
        string AlwaysBroken(TaskActivityContext context, object? input)
        {
            Interlocked.Increment(ref attempts);
            throw new InvalidOperationException("always broken");
        }

        await using var host = await StartHostAsync(tasks => tasks
            .AddActivity<object?, string>("Broken", AlwaysBroken)
            .AddOrchestrator<object?, string>("CallBroken", (context, _) =>
                context.CallActivityAsync<string>("Broken", null, new TaskOptions(policy))));

        // Act
        var instance = await host.RunAsync("CallBroken");

        // Assert
        Assert.Equal(OrchestrationRuntimeStatus.Failed, instance.RuntimeStatus);
        Assert.Equal(3, attempts);
        var failure = instance.FailureDetails!;
        Assert.Equal(typeof(TaskFailedException).FullName, failure.ErrorType);
        Assert.Equal(typeof(InvalidOperationException).FullName, failure.InnerFailure!.ErrorType);
        Assert.Equal("always broken", failure.InnerFailure.ErrorMessage);
        Assert.NotNull(failure.InnerFailure.StackTrace);
    }

    [Fact]
    public async Task Retry_FailureNotHandledByPolicy_IsNotRetried()
    {
        // Arrange
        var attempts = 0;
        var policy = new RetryPolicy(5, TimeSpan.FromSeconds(1)) { Handle = failure => failure.IsCausedBy<TimeoutException>() };
        string Refuses(TaskActivityContext context, object? input)
        {
            Interlocked.Increment(ref attempts);
            throw new ArgumentException("bad input");
        }

        await using var host = await StartHostAsync(tasks => tasks
            .AddActivity<object?, string>("Refuses", Refuses)
            .AddOrchestrator<object?, string>("CallRefuses", async (context, _) =>
            {
                try
                {
                    return await context.CallActivityAsync<string>("Refuses", null, new TaskOptions(policy));
                }
                catch (TaskFailedException failed) when (failed.FailureDetails.IsCausedBy<ArgumentException>())
                {
                    return "caught " + failed.TaskName;
                }
            }));

        // Act
        var instance = await host.RunAsync("CallRefuses");

        // Assert
        Assert.Equal("caught Refuses", instance.ReadOutputAs<string>());
        Assert.Equal(1, attempts);
    }
}
