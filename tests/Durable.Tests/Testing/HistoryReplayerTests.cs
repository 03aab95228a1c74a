using System.Runtime.CompilerServices;
using Durable.History;

namespace Durable.Testing;

public sealed class HistoryReplayerTests
{
    [Theory]
    [InlineData("greeter-running.json")]
    [InlineData("greeter-completed.json")]
    public void Replay_GoldenHistoryAgainstTheCurrentCode_IsDeterministic(string file)
    {
        // Arrange
        var registry = new DurableTaskRegistry();
        GoldenOrchestrations.Register(registry);

        // Act
        var result = HistoryReplayer.Replay(registry, GoldenOrchestrations.InstanceId, ReadHistory(file));

        // Assert
        Assert.True(result.IsDeterministic, result.Problem);
    }

    [Fact]
    public void Replay_CompletedHistory_ReproducesTheRecordedOutput()
    {
        // Arrange
        var registry = new DurableTaskRegistry();
        GoldenOrchestrations.Register(registry);

        // Act
        var result = HistoryReplayer.Replay(registry, GoldenOrchestrations.InstanceId, ReadHistory("greeter-completed.json"));

        // Assert
        Assert.Equal(OrchestrationRuntimeStatus.Completed, result.Status);
        Assert.Equal("\"Hello Tokyo! Hello Seattle! ok\"", result.Output);
    }

    [Fact]
    public void Replay_CodeThatChangedOnlyAnActivityInput_ReplaysWithTheRecordedResults()
    {
        // Arrange: inputs are not compared on replay (as in Durable Task Framework), but a completed history's output is.
        var registry = new DurableTaskRegistry();
        GoldenOrchestrations.Register(registry, secondCity: "Paris");

        // Act
        var running = HistoryReplayer.Replay(registry, GoldenOrchestrations.InstanceId, ReadHistory("greeter-running.json"));
        var completed = HistoryReplayer.Replay(registry, GoldenOrchestrations.InstanceId, ReadHistory("greeter-completed.json"));

        // Assert
        Assert.True(running.IsDeterministic, running.Problem);
        Assert.True(completed.IsDeterministic, completed.Problem);
        Assert.Equal("\"Hello Tokyo! Hello Seattle! ok\"", completed.Output);
    }

    [Fact]
    public void Replay_CodeThatDropsAStep_IsReportedAsNonDeterministic()
    {
        // Arrange
        var registry = new DurableTaskRegistry()
            .AddOrchestrator<string, string>("Greeter", async (context, city) =>
            {
                var first = await context.CallActivityAsync<string>("SayHello", city);
                await context.CreateTimer(TimeSpan.FromDays(1), CancellationToken.None);
                return first + await context.WaitForExternalEvent<string>("Ack");
            });

        // Act
        var result = HistoryReplayer.Replay(registry, GoldenOrchestrations.InstanceId, ReadHistory("greeter-running.json"));

        // Assert
        Assert.False(result.IsDeterministic);
        Assert.Contains("sequence number 1: the history holds TaskScheduled 'SayHello', but the code now created a timer", result.Problem, StringComparison.Ordinal);
    }

    private static IReadOnlyList<HistoryEvent> ReadHistory(string file, [CallerFilePath] string here = "") =>
        HistoryJson.Deserialize(File.ReadAllText(Path.Combine(Path.GetDirectoryName(here)!, "Histories", file)));
}
