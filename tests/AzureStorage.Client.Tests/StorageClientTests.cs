using System.Net;
using AzureStorage.Client.Support;
using AzureStorage.Client.Tables;

namespace AzureStorage.Client;

public sealed class StorageClientTests
{
    [Fact]
    public async Task SharedKey_BothServices_AreAccepted()
    {
        using var client = TestStorage.CreateClient();
        var queue = client.GetQueue(TestStorage.QueueName());
        var table = client.GetTable(TestStorage.TableName());

        var queueCreated = await queue.CreateIfNotExistsAsync();
        var tableCreated = await table.CreateIfNotExistsAsync();
        await queue.DeleteIfExistsAsync();
        await table.DeleteIfExistsAsync();

        Assert.True(queueCreated);
        Assert.True(tableCreated);
    }

    [Fact]
    public async Task SharedKey_WrongKey_ThrowsForbiddenWithoutKeyOrSignature()
    {
        var real = TestStorage.Account;
        var wrongKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(64));
        await using var proxy = new FaultProxy(new Uri(real.QueueEndpoint.GetLeftPart(UriPartial.Authority)), FaultMode.ServiceUnavailable, faults: 0);
        var account = StorageAccount.Parse(
            $"AccountName={real.Name};AccountKey={wrongKey};QueueEndpoint={proxy.Front(real.QueueEndpoint)};TableEndpoint={real.TableEndpoint}");
        using var client = TestStorage.CreateClient(account: account);

        var queueError = await Assert.ThrowsAsync<StorageRequestException>(() => client.GetQueue(TestStorage.QueueName()).CreateIfNotExistsAsync());
        var tableError = await Assert.ThrowsAsync<StorageRequestException>(() => client.GetTable(TestStorage.TableName()).CreateIfNotExistsAsync());

        var signature = Assert.Single(proxy.Received).Header("Authorization")!.Split(':')[^1];
        foreach (var error in new[] { queueError, tableError })
        {
            Assert.Equal(HttpStatusCode.Forbidden, error.Status);
            // Azure answers AuthenticationFailed; Azurite's Table service says AuthorizationFailure.
            Assert.Contains(error.ErrorCode, new[] { "AuthenticationFailed", "AuthorizationFailure" });
            Assert.DoesNotContain(wrongKey, error.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(StorageAccount.DevelopmentAccountKey, error.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(signature, error.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("SharedKey", error.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SendAsync_InjectedTimeProvider_DatesRequestsFromIt()
    {
        var real = TestStorage.Account;
        await using var proxy = new FaultProxy(new Uri(real.QueueEndpoint.GetLeftPart(UriPartial.Authority)), FaultMode.ServiceUnavailable, faults: 0);
        var clock = new FixedTimeProvider(new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero));
        using var client = TestStorage.CreateClient(account: real.WithEndpoints(proxy.Front(real.QueueEndpoint), real.TableEndpoint), clock: clock);
        var queue = client.GetQueue(TestStorage.QueueName());

        await queue.CreateIfNotExistsAsync();
        await queue.DeleteIfExistsAsync();

        Assert.All(proxy.Received, r => Assert.Equal("Wed, 02 Jan 2030 03:04:05 GMT", r.Header("x-ms-date")));
    }

    [Fact]
    public async Task SendAsync_CallerCancels_ThrowsOperationCanceledWithoutRetrying()
    {
        var real = TestStorage.Account;
        await using var proxy = new FaultProxy(new Uri(real.QueueEndpoint.GetLeftPart(UriPartial.Authority)), FaultMode.Stall, faults: int.MaxValue);
        using var client = TestStorage.CreateClient(TestStorage.FastOptions(maxAttempts: 5), real.WithEndpoints(proxy.Front(real.QueueEndpoint), real.TableEndpoint));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => client.GetQueue(TestStorage.QueueName()).PeekMessagesAsync(cancellationToken: cancellation.Token));

        Assert.Equal(1, client.Requests.Total);
    }

    [Fact]
    public async Task Requests_SeveralOperations_CountedByOperationAndResettable()
    {
        using var client = TestStorage.CreateClient();
        await using var temporary = await TemporaryTable.CreateAsync(client);
        client.Requests.Reset();

        await temporary.Table.InsertAsync(new TableEntity("p", "1"));
        await temporary.Table.InsertAsync(new TableEntity("p", "2"));
        await temporary.Table.GetEntityAsync("p", "1");
        await temporary.Table.SubmitTransactionAsync(new TableTransaction().Delete("p", "1", ETag.All).Delete("p", "2", ETag.All));
        var snapshot = client.Requests.Snapshot();
        client.Requests.Reset();

        Assert.Equal(new Dictionary<string, long> { ["Table.Insert"] = 2, ["Table.Get"] = 1, ["Table.Batch"] = 1 }, snapshot);
        Assert.Equal(0, client.Requests.Total);
        Assert.Empty(client.Requests.Snapshot());
    }

    [Fact]
    public async Task Requests_SharedCounter_CountsConcurrentClientsTogether()
    {
        var counter = new StorageRequestCounter();
        using var first = TestStorage.CreateClient(requests: counter);
        using var second = TestStorage.CreateClient(requests: counter);
        await using var temporary = await TemporaryQueue.CreateAsync(first);
        counter.Reset();

        await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            (i % 2 == 0 ? first : second).GetQueue(temporary.Name).SendMessageAsync($"m{i}")));

        Assert.Equal(50, counter["Queue.Put"]);
        Assert.Equal(50, counter.Total);
    }

    [Fact]
    public void Constructor_InvalidOptions_ThrowsValidationError()
    {
        var options = new StorageClientOptions { BaseDelay = TimeSpan.FromSeconds(5), MaxDelay = TimeSpan.FromSeconds(1) };

        var error = Assert.Throws<System.ComponentModel.DataAnnotations.ValidationException>(() => new StorageClient(StorageAccount.Development, options));

        Assert.Contains("BaseDelay", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_ZeroAttempts_ThrowsValidationError()
    {
        var options = new StorageClientOptions { MaxAttempts = 0 };

        Assert.Throws<System.ComponentModel.DataAnnotations.ValidationException>(() => new StorageClient(StorageAccount.Development, options));
    }
}
