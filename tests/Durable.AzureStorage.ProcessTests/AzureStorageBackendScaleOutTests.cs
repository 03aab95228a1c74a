using Xunit.Abstractions;

namespace Durable.AzureStorage;

/// <summary>Three host processes on one task hub share the partitions and the work.</summary>
public sealed class AzureStorageBackendScaleOutTests(ITestOutputHelper output)
{
    private const int Instances = 1000;
    private const int Steps = 5;
    private const int MaxShare = 2; // ceil(4 partitions / 3 hosts)
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan RebalanceTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan CompletionTimeout = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    [Fact]
    public async Task Partitions_ThreeHostsShareOneHub_EveryHostWorksAndPartitionsStayBalanced()
    {
        // Arrange
        await using var hub = await ProcessTestHub.CreateAsync();
        await using var hostA = TestHostProcess.Start("A", hub.Name);
        await using var hostB = TestHostProcess.Start("B", hub.Name);
        await using var hostC = TestHostProcess.Start("C", hub.Name);
        TestHostProcess[] hosts = [hostA, hostB, hostC];
        await Task.WhenAll(hosts.Select(h => h.WaitUntilReadyAsync(StartTimeout)));
        var spread = await Poll.UntilAsync(hub.ReadLeasesAsync, leases => IsSpread(leases, hosts), RebalanceTimeout, PollInterval);
        Assert.True(IsSpread(spread, hosts), $"Partitions not spread over the 3 hosts within {RebalanceTimeout}: {Describe(spread)}.{Environment.NewLine}{Logs(hosts)}");
        output.WriteLine($"Spread before the work: {Describe(spread)}");

        // Act
        await hub.ScheduleChainsAsync(Instances, _ => Steps);
        var final = await Poll.UntilAsync(
            hub.CountStatusesAsync, counts => counts.GetValueOrDefault(OrchestrationRuntimeStatus.Completed) == Instances, CompletionTimeout, PollInterval);

        // Assert
        Assert.True(
            final.GetValueOrDefault(OrchestrationRuntimeStatus.Completed) == Instances,
            $"Not every instance completed within {CompletionTimeout}: {string.Join(", ", final)}.{Environment.NewLine}{Logs(hosts)}");
        var instances = await hub.ReadInstancesAsync();
        var outputs = instances.Select(i => (Input: i.ReadInputAs<ChainInput>()!, Output: i.ReadOutputAs<ChainOutput>()!)).ToList();
        Assert.All(outputs, o => Assert.Equal(o.Input.Start + Steps, o.Output.Value));
        var stepsByHost = outputs.SelectMany(o => o.Output.Hosts).CountBy(h => h).ToDictionary();
        output.WriteLine($"Steps by host: {string.Join(", ", stepsByHost)}");
        Assert.True(
            hosts.All(h => stepsByHost.GetValueOrDefault(h.HostId) > 0),
            $"Not every host ran steps: {string.Join(", ", stepsByHost)}.{Environment.NewLine}{Logs(hosts)}");
        var end = await Poll.UntilAsync(hub.ReadLeasesAsync, leases => IsBalanced(leases, hosts), RebalanceTimeout, PollInterval);
        output.WriteLine($"Partitions at the end: {Describe(end)}");
        output.WriteLine(Logs(hosts));
        Assert.True(IsBalanced(end, hosts), $"Partitions not balanced at the end: {Describe(end)}.{Environment.NewLine}{Logs(hosts)}");
    }

    private static int[] Shares(IReadOnlyList<PartitionLease> leases, TestHostProcess[] hosts) =>
        [.. hosts.Select(h => leases.Count(l => l.Owner == h.HostId))];

    private static bool IsSpread(IReadOnlyList<PartitionLease> leases, TestHostProcess[] hosts) =>
        Shares(leases, hosts) is var shares && shares.Min() >= 1 && shares.Max() <= MaxShare;

    private static bool IsBalanced(IReadOnlyList<PartitionLease> leases, TestHostProcess[] hosts) =>
        Shares(leases, hosts) is var shares && shares.Min() >= 1 && shares.Max() - shares.Min() <= 1;

    private static string Describe(IReadOnlyList<PartitionLease> leases) =>
        string.Join(", ", leases.Select(l => $"{l.PartitionKey}={(l.Owner.Length == 0 ? "free" : l.Owner)}"));

    private static string Logs(TestHostProcess[] hosts) => string.Concat(hosts.Select(h => h.Tail()));
}
