namespace Probation.Functions.Storage;

public sealed class StorageRequestCounterTests
{
    [Fact]
    public void Increment_FromManyThreadsAtOnce_CountsEveryRequestUnderItsService()
    {
        // Arrange
        var counter = new StorageRequestCounter();

        // Act
        Parallel.For(0, 10_000, i => counter.Increment(StorageCaller.App, i % 4 == 0 ? StorageOperation.QueueSend : StorageOperation.TableBatch));

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
        counter.Increment(StorageCaller.App, StorageOperation.TableInsert);
        counter.Increment(StorageCaller.App, StorageOperation.QueueSend);

        // Act
        counter.Reset();
        counter.Increment(StorageCaller.App, StorageOperation.QueueDelete);

        // Assert
        Assert.Equal(1, counter.Count);
        Assert.Equal(0, counter.CountOf(StorageService.Table));
        Assert.Equal(1, counter.CountOf(StorageService.Queue));
        Assert.Equal(0, counter.CountOf(StorageCaller.App, StorageOperation.QueueSend));
    }

    [Fact]
    public void CountOf_RequestsOfTheAppAndTheEngine_CountsEachCallerServiceAndOperationApart()
    {
        // Arrange
        var counter = new StorageRequestCounter();

        // Act
        counter.Increment(StorageCaller.App, StorageOperation.TableRead);
        counter.Increment(StorageCaller.Engine, StorageOperation.TableBatch);
        counter.Increment(StorageCaller.Engine, StorageOperation.TableWrite);
        counter.Increment(StorageCaller.Engine, StorageOperation.QueueReceive);
        counter.Increment(StorageCaller.Engine, StorageOperation.BlobLease);

        // Assert
        Assert.Equal(5, counter.Count);
        Assert.Equal(1, counter.CountOf(StorageCaller.App));
        Assert.Equal(4, counter.CountOf(StorageCaller.Engine));
        Assert.Equal(3, counter.CountOf(StorageService.Table));
        Assert.Equal(2, counter.CountOf(StorageCaller.Engine, StorageService.Table));
        Assert.Equal(1, counter.CountOf(StorageCaller.Engine, StorageService.Blob));
        Assert.Equal(0, counter.CountOf(StorageCaller.App, StorageService.Queue));
        Assert.Equal(1, counter.CountOf(StorageCaller.Engine, StorageOperation.TableWrite));
        Assert.Equal(0, counter.CountOf(StorageCaller.App, StorageOperation.TableBatch));
    }

    [Fact]
    public void Increment_AnUndefinedOperation_IsRefusedNamingIt()
    {
        // Arrange
        var counter = new StorageRequestCounter();

        // Act
        var refusal = Assert.Throws<ArgumentOutOfRangeException>(() => counter.Increment(StorageCaller.App, (StorageOperation)99));

        // Assert
        Assert.Equal("operation", refusal.ParamName);
        Assert.Equal(0, counter.Count);
    }
}
