using Durable.History;
using Durable.Testing;
using Microsoft.Extensions.Logging;

namespace Durable.Replay;

public sealed class ReplayContextTests
{
    [Fact]
    public async Task SetCustomStatus_LargerThan16KiB_ThrowsAClearErrorTheOrchestratorCanCatch()
    {
        // Arrange
        await using var host = await DurableTestHost.StartAsync(tasks => tasks
            .AddOrchestrator<object?, string>("Chatty", (context, _) =>
            {
                context.SetCustomStatus(new string('x', 16 * 1024 - 2));
                try
                {
                    context.SetCustomStatus(new string('x', 16 * 1024));
                    return Task.FromResult("accepted");
                }
                catch (ArgumentException error)
                {
                    return Task.FromResult(error.Message);
                }
            }));

        // Act
        var instance = await host.RunAsync("Chatty");

        // Assert
        Assert.StartsWith("The custom status is 16386 bytes once serialized; the limit is 16384 bytes", instance.ReadOutputAs<string>(), StringComparison.Ordinal);
        Assert.Equal(16 * 1024, instance.SerializedCustomStatus!.Length);
    }

    [Fact]
    public async Task CustomStatus_SetWhileRunning_IsVisibleToClients()
    {
        // Arrange
        await using var host = await DurableTestHost.StartAsync(tasks => tasks
            .AddOrchestrator<object?, string>("Phased", async (context, _) =>
            {
                context.SetCustomStatus(new { phase = "Community", next = "T-FIRST" });
                return await context.WaitForExternalEvent<string>("End");
            }));
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Phased");
        await host.WaitForIdleAsync();

        // Act
        var instance = await host.Client.GetInstanceAsync(id, getInputsAndOutputs: true);

        // Assert
        Assert.Equal("{\"phase\":\"Community\",\"next\":\"T-FIRST\"}", instance!.SerializedCustomStatus);
    }

    [Fact]
    public async Task NewGuid_AcrossReplays_ReturnsTheSameValues()
    {
        // Arrange
        await using var host = await DurableTestHost.StartAsync(tasks => tasks
            .AddActivity<Guid, Guid>("Echo", (_, id) => id)
            .AddOrchestrator<object?, List<Guid>>("Ids", async (context, _) =>
            {
                var first = context.NewGuid();
                await context.CallActivityAsync<Guid>("Echo", first);
                await context.CreateTimer(TimeSpan.FromHours(1), CancellationToken.None);
                return [first, context.NewGuid()];
            }));

        // Act
        var instance = await host.RunAsync("Ids");

        // Assert
        var ids = instance.ReadOutputAs<List<Guid>>()!;
        var scheduled = (await host.Client.GetHistoryAsync(instance.InstanceId)).OfType<TaskScheduledEvent>().Single();
        Assert.Equal($"\"{ids[0]}\"", scheduled.Input);
        Assert.NotEqual(ids[0], ids[1]);
    }

    [Fact]
    public async Task ReplaySafeLogger_OverManyReplays_WritesEachMessageOnce()
    {
        // Arrange
        var logs = new ListLoggerProvider();
        using var loggerFactory = LoggerFactory.Create(builder => builder.AddProvider(logs));
        await using var host = await DurableTestHost.StartAsync(
            tasks => tasks
                .AddActivity<int, int>("Next", (_, n) => n + 1)
                .AddOrchestrator<object?, int>("Logged", async (context, _) =>
                {
                    var logger = context.CreateReplaySafeLogger("Orchestration");
                    var value = 0;
                    for (var i = 0; i < 3; i++)
                    {
                        value = await context.CallActivityAsync<int>("Next", value);
                        logger.LogInformation("step {Step} replaying={Replaying}", i, context.IsReplaying);
                    }

                    return value;
                }),
            new DurableTestHostOptions { LoggerFactory = loggerFactory });

        // Act
        await host.RunAsync("Logged");

        // Assert
        Assert.Equal(
            ["step 0 replaying=False", "step 1 replaying=False", "step 2 replaying=False"],
            logs.Messages.Where(m => m.StartsWith("step", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task WaitForExternalEvent_CancelledWait_CostsNoExceptionOnReplay()
    {
        // Arrange
        void Register(DurableTaskRegistry tasks) => tasks.AddOrchestrator<object?, bool>("CancelsAWait", async (context, _) =>
        {
            using var cancel = new CancellationTokenSource();
            var wait = context.WaitForExternalEvent<string>("Never", cancel.Token);
            cancel.Cancel();
            await context.CreateTimer(TimeSpan.FromHours(1), CancellationToken.None);
            return wait.IsCanceled;
        });
        await using var host = await DurableTestHost.StartAsync(Register);
        var instance = await host.RunAsync("CancelsAWait", instanceId: "cancels-a-wait");
        var history = await host.Client.GetHistoryAsync(instance.InstanceId);
        var registry = new DurableTaskRegistry();
        Register(registry);
        var thread = Environment.CurrentManagedThreadId;
        var thrown = 0;
        void Count(object? sender, System.Runtime.ExceptionServices.FirstChanceExceptionEventArgs e)
        {
            if (Environment.CurrentManagedThreadId == thread)
            {
                Interlocked.Increment(ref thrown);
            }
        }

        // Act
        AppDomain.CurrentDomain.FirstChanceException += Count;
        HistoryReplayResult replay;
        try
        {
            replay = HistoryReplayer.Replay(registry, instance.InstanceId, history);
        }
        finally
        {
            AppDomain.CurrentDomain.FirstChanceException -= Count;
        }

        // Assert
        Assert.True(instance.ReadOutputAs<bool>());
        Assert.True(replay.IsDeterministic, replay.Problem);
        Assert.Equal(0, thrown);
    }

    [Fact]
    public async Task CurrentUtcDateTime_EachEpisode_IsTheTimeThatEpisodeStarted()
    {
        // Arrange
        await using var host = await DurableTestHost.StartAsync(tasks => tasks
            .AddOrchestrator<object?, List<DateTime>>("Times", async (context, _) =>
            {
                var times = new List<DateTime> { context.CurrentUtcDateTime };
                await context.CreateTimer(TimeSpan.FromDays(16 * 7), CancellationToken.None);
                times.Add(context.CurrentUtcDateTime);
                return times;
            }));
        var start = host.Clock.GetUtcNow().UtcDateTime;

        // Act
        var instance = await host.RunAsync("Times");

        // Assert
        Assert.Equal([start, start.AddDays(112)], instance.ReadOutputAs<List<DateTime>>());
    }
}
