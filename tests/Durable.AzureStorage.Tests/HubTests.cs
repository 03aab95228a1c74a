namespace Durable.AzureStorage;

public sealed class HubTests
{
    [Fact]
    public async Task CreateIfNotExists_HubCreatedWithAnotherPartitionCount_IsRefused()
    {
        // Arrange
        await using var hub = await HubHarness.CreateAsync(partitions: 4);
        await using var other = new AzureStorageBackend(hub.Storage, TestStorage.Options(hub.Options.TaskHub, partitions: 8));

        // Act
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => other.CreateIfNotExistsAsync());

        // Assert
        Assert.Contains("has 4 partitions; this host is configured for 8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requests_ChainsOfActivities_AtMostThreeStorageRequestsPerEpisode()
    {
        // Arrange
        await using var hub = await HubHarness.CreateAsync();
        var host = await hub.StartHostAsync("counted", tasks => tasks
            .AddActivity<int, int>("Inc", (_, n) => n + 1)
            .AddOrchestrator<int, int>("Chain", async (context, n) =>
            {
                for (var i = 0; i < 5; i++)
                {
                    n = await context.CallActivityAsync<int>("Inc", n);
                }

                return n;
            }));
        host.Requests.Reset();
        hub.ClientBackend.Requests.Reset();

        // Act
        var ids = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => hub.Client.ScheduleNewOrchestrationInstanceAsync("Chain", i)));
        foreach (var id in ids)
        {
            await hub.WaitForStatusAsync(id, OrchestrationRuntimeStatus.Completed);
        }

        // Assert: 6 episodes per orchestration; the client's own polling above is not counted.
        var perEpisode = host.Requests.Total / (200.0 * 6);
        Assert.True(perEpisode <= 3, $"{perEpisode:F2} requests per episode");
    }
}
