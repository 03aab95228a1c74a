namespace Probation.Functions.Storage;

public sealed class StorageRequestCounterTests
{
    [Fact]
    public void Increment_FromManyThreadsAtOnce_CountsEveryRequestUnderItsService()
    {
        // Arrange
        var counter = new StorageRequestCounter();

        // Act
        Parallel.For(0, 10_000, i => counter.Increment(StorageCaller.App, i % 4 == 0 ? StorageService.Queue : StorageService.Table));

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
        counter.Increment(StorageCaller.App, StorageService.Table);
        counter.Increment(StorageCaller.App, StorageService.Queue);

        // Act
        counter.Reset();
        counter.Increment(StorageCaller.App, StorageService.Queue);

        // Assert
        Assert.Equal(1, counter.Count);
        Assert.Equal(0, counter.CountOf(StorageService.Table));
        Assert.Equal(1, counter.CountOf(StorageService.Queue));
    }

    [Fact]
    public void CountOf_RequestsOfTheAppAndTheEngine_CountsEachCallerAndEachServiceApart()
    {
        // Arrange
        var counter = new StorageRequestCounter();

        // Act
        counter.Increment(StorageCaller.App, StorageService.Table);
        counter.Increment(StorageCaller.Engine, StorageService.Table);
        counter.Increment(StorageCaller.Engine, StorageService.Queue);
        counter.Increment(StorageCaller.Engine, StorageService.Blob);

        // Assert
        Assert.Equal(4, counter.Count);
        Assert.Equal(1, counter.CountOf(StorageCaller.App));
        Assert.Equal(3, counter.CountOf(StorageCaller.Engine));
        Assert.Equal(2, counter.CountOf(StorageService.Table));
        Assert.Equal(1, counter.CountOf(StorageCaller.Engine, StorageService.Blob));
        Assert.Equal(0, counter.CountOf(StorageCaller.App, StorageService.Queue));
    }
}
