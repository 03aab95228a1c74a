using Azure;
using Azure.Storage.Queues;

namespace Probation.Functions.Storage;

public sealed class StorageUnavailableTests
{
    // Nothing listens on port 1: the client fails as it does while Azurite or Azure Storage is down.
    private const string Unreachable =
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={StorageRelay.DevelopmentKey};QueueEndpoint=http://127.0.0.1:1/devstoreaccount1;";

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public async Task Is_StorageThatCannotBeReached_IsTrueWithOrWithoutTheSdksRetries(int retries)
    {
        // Arrange
        var options = new QueueClientOptions { Retry = { MaxRetries = retries, Delay = TimeSpan.FromMilliseconds(1) } };
        var queue = new QueueClient(Unreachable, "court-orders", options);

        // Act
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => queue.GetPropertiesAsync());

        // Assert
        Assert.True(StorageUnavailable.Is(failure), failure.GetType().Name);
        Assert.True(StorageUnavailable.Is(new InvalidOperationException("wrapped", failure)));
    }

    [Fact]
    public void Is_AnAnswerAboutTheRequest_IsFalse()
    {
        Assert.False(StorageUnavailable.Is(new RequestFailedException(404, "not found")));
        Assert.False(StorageUnavailable.Is(new RequestFailedException(409, "conflict")));
        Assert.False(StorageUnavailable.Is(new InvalidOperationException("a bug")));
    }

    [Fact]
    public async Task Cause_StorageThatCannotBeReachedAfterRetries_IsOneLineNamingTheEndpoint()
    {
        // Arrange
        var options = new QueueClientOptions { Retry = { MaxRetries = 2, Delay = TimeSpan.FromMilliseconds(1) } };
        var queue = new QueueClient(Unreachable, "court-orders", options);
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => queue.GetPropertiesAsync());

        // Act
        var cause = StorageUnavailable.Cause(failure);

        // Assert
        Assert.StartsWith("HttpRequestException: ", cause, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1:1", cause, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', cause);
    }

    [Fact]
    public void Cause_AServerErrorInsideTheRetriesAggregate_IsItsStatusAndCode()
    {
        // Arrange
        var busy = new RequestFailedException(503, "The server is busy.\nStatus: 503\nHeaders: ...", "ServerBusy", innerException: null);
        var failure = new AggregateException("Retry failed after 2 tries.", new InvalidOperationException("not storage"), busy);

        // Act
        var cause = StorageUnavailable.Cause(failure);

        // Assert
        Assert.Equal("503 ServerBusy", cause);
    }
}
