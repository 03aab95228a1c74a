using System.Diagnostics;
using Durable.Client;
using Xunit.Abstractions;

namespace Durable.AzureStorage;

/// <summary>A host process killed mid-flight (SIGKILL): another host takes its partitions over and finishes the work.</summary>
public sealed class AzureStorageBackendCrashTests(ITestOutputHelper output)
{
    private const int Instances = 500;
    private const int KillAtCompleted = Instances / 10;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan CompletionTimeout = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    [Fact]
    public async Task Partitions_HostKilledMidFlight_SecondHostCompletesEveryInstanceApplyingEachResultOnce()
    {
        // Arrange
        await using var hub = await ProcessTestHub.CreateAsync();
        await using var hostA = TestHostProcess.Start("A", hub.Name);
        await hostA.WaitUntilReadyAsync(StartTimeout);
        var ids = await hub.ScheduleChainsAsync(Instances, StepsOf);
        var beforeKill = await Poll.UntilAsync(
            hub.CountStatusesAsync, counts => Completed(counts) >= KillAtCompleted, CompletionTimeout, PollInterval);
        Assert.True(
            Completed(beforeKill) is >= KillAtCompleted and < Instances,
            $"Host A was to be killed with some but not all instances completed; it had {Describe(beforeKill)}.{Environment.NewLine}{hostA.Tail()}");

        // Act
        hostA.Kill();
        var sinceKill = Stopwatch.StartNew();
        await using var hostB = TestHostProcess.Start("B", hub.Name);
        await hostB.WaitUntilReadyAsync(StartTimeout);
        var final = await Poll.UntilAsync(
            hub.CountStatusesAsync, counts => Completed(counts) == Instances, CompletionTimeout, PollInterval);

        // Assert
        output.WriteLine($"Killed host A at {Describe(beforeKill)}; after the kill: {Describe(final)} in {sinceKill.Elapsed.TotalSeconds:F1} s.");
        var logs = $"{hostA.Tail()}{hostB.Tail()}";
        output.WriteLine(logs);
        Assert.True(
            Completed(final) == Instances,
            $"Not every instance completed within {CompletionTimeout} after the kill (killed at {Describe(beforeKill)}): {Describe(final)}.{Environment.NewLine}{logs}");
        var instances = await hub.ReadInstancesAsync();
        var wrong = instances.Where(i => !IsRightOutput(i)).Select(i => $"{i.InstanceId}: {i.SerializedOutput}").ToList();
        Assert.True(wrong.Count == 0, $"{wrong.Count} wrong outputs:{Environment.NewLine}{string.Join(Environment.NewLine, wrong.Take(20))}");
        var histories = await hub.ReadHistoriesAsync(ids);
        var problems = instances.SelectMany(i => ChainHistory.FindProblems(i.InstanceId, histories[i.InstanceId], i.ReadInputAs<ChainInput>()!.Steps)).ToList();
        Assert.True(
            problems.Count == 0,
            $"{problems.Count} history problems (killed at {Describe(beforeKill)}):{Environment.NewLine}{string.Join(Environment.NewLine, problems.Take(20))}{Environment.NewLine}{logs}");
        var stepsByHost = instances.SelectMany(i => i.ReadOutputAs<ChainOutput>()!.Hosts).CountBy(h => h).ToDictionary();
        output.WriteLine($"Steps by host: {string.Join(", ", stepsByHost)}");
        Assert.True(
            stepsByHost.GetValueOrDefault(hostB.HostId) > 0,
            $"Host B ran no steps; steps by host: {string.Join(", ", stepsByHost)}.{Environment.NewLine}{logs}");
    }

    /// <summary>1 to 10 steps: short chains complete early while long ones are still running when host A is killed.</summary>
    private static int StepsOf(int instance) => 1 + (instance % 10);

    private static int Completed(IReadOnlyDictionary<OrchestrationRuntimeStatus, int> counts) =>
        counts.GetValueOrDefault(OrchestrationRuntimeStatus.Completed);

    private static string Describe(IReadOnlyDictionary<OrchestrationRuntimeStatus, int> counts) =>
        string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Value} {c.Key}"));

    private static bool IsRightOutput(OrchestrationMetadata instance)
    {
        var input = instance.ReadInputAs<ChainInput>()!;
        var output = instance.ReadOutputAs<ChainOutput>();
        return output is not null && output.Value == input.Start + input.Steps && output.Hosts.Count == input.Steps;
    }
}
