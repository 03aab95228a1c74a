namespace Durable.AzureStorage;

public sealed class PartitionShareTests
{
    [Theory]
    [InlineData(4, 3, new[] { 2, 1, 1 })]
    [InlineData(4, 2, new[] { 2, 2 })]
    [InlineData(4, 5, new[] { 1, 1, 1, 1, 0 })]
    [InlineData(16, 3, new[] { 6, 5, 5 })]
    [InlineData(1, 1, new[] { 1 })]
    public void For_EveryHostOfALiveSet_SharesAddUpAndDifferByAtMostOne(int partitions, int hostCount, int[] expected)
    {
        // Arrange
        var hosts = Enumerable.Range(0, hostCount).Select(i => $"host-{i:D2}").ToList();

        // Act
        var shares = hosts.Select(host => PartitionShare.For(host, hosts, partitions)).ToList();

        // Assert
        Assert.Equal(expected, shares);
        Assert.Equal(partitions, shares.Sum());
    }

    [Fact]
    public void For_HostNotYetListed_CountsItselfAmongTheLive()
    {
        // Act
        var share = PartitionShare.For("host-new", ["host-a"], 4);

        // Assert
        Assert.Equal(2, share);
    }
}
