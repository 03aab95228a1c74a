using Durable.History;

namespace Durable.Conformance;

public abstract partial class BackendConformanceTests
{
    [Fact]
    public async Task ContinueAsNew_OneHundredGenerations_CarriesUnprocessedEventsAndKeepsHistoryBounded()
    {
        // Arrange
        await using var host = await StartHostAsync(tasks => tasks
            .AddOrchestrator<int, int>("Accumulate", async (context, total) =>
            {
                var next = total + await context.WaitForExternalEvent<int>("Add");
                if (next >= 5050)
                {
                    return next;
                }

                context.ContinueAsNew(next);
                return next;
            }));
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Accumulate", 0);

        // Act
        for (var value = 1; value <= 100; value++)
        {
            await host.Client.RaiseEventAsync(id, "Add", value);
        }

        var instance = await host.WaitForCompletionAsync(id);

        // Assert
        Assert.Equal(OrchestrationRuntimeStatus.Completed, instance.RuntimeStatus);
        Assert.Equal(5050, instance.ReadOutputAs<int>());
        var history = await host.Client.GetHistoryAsync(id);
        var start = EventsOf<ExecutionStartedEvent>(history).Single();
        Assert.True(start.Generation >= 99, $"generation {start.Generation}");
        Assert.True(history.Count < 200, $"the last generation's history has {history.Count} events");
    }

    [Fact]
    public async Task ContinueAsNew_WithoutPreservingEvents_DropsTheUnprocessedOnes()
    {
        // Arrange
        await using var host = await StartHostAsync(tasks => tasks
            .AddOrchestrator<int, int>("TakeOne", async (context, generation) =>
            {
                if (generation == 0)
                {
                    await context.CreateTimer(TimeSpan.FromHours(1), CancellationToken.None);
                }

                var value = await context.WaitForExternalEvent<int>("Value");
                if (generation == 1)
                {
                    return value;
                }

                context.ContinueAsNew(generation + 1, preserveUnprocessedEvents: false);
                return value;
            }));
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("TakeOne", 0);
        await host.Client.RaiseEventAsync(id, "Value", 1);
        await host.Client.RaiseEventAsync(id, "Value", 2);
        await host.AdvanceAsync(TimeSpan.FromHours(1));

        // Act
        await host.Client.RaiseEventAsync(id, "Value", 3);
        var instance = await host.WaitForCompletionAsync(id);

        // Assert
        Assert.Equal(3, instance.ReadOutputAs<int>());
    }
}
