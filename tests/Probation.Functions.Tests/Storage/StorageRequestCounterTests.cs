namespace Probation.Functions.Storage;

public sealed class StorageRequestCounterTests
{
    [Fact]
    public void Increment_FromManyThreadsAtOnce_CountsEveryRequestUnderItsService()
    {
        // Arrange
        var counter = new StorageRequestCounter();

        // Act
        Parallel.For(0, 10_000, i => counter.Increment(i % 4 == 0 ? StorageService.Queue : StorageService.Table));

        // Assert
        Assert.Equal(10_000, counter.Count);
        Assert.Equal(7_500, counter.CountOf(StorageService.Table));
        Assert.Equal(2_500, counter.CountOf(StorageService.Queue));
    }

    [Fact]
    public void Reset_AfterRequests_StartsEveryCountAgainFromZero()
    {
        // Arrange
        var counter = new StorageRequestCounter();
        counter.Increment(StorageService.Table);
        counter.Increment(StorageService.Queue);

        // Act
        counter.Reset();
        counter.Increment(StorageService.Queue);

        // Assert
        Assert.Equal(1, counter.Count);
        Assert.Equal(0, counter.CountOf(StorageService.Table));
        Assert.Equal(1, counter.CountOf(StorageService.Queue));
    }
}
