using System.Net;
using System.Net.Sockets;
using AzureStorage.Client.Support;
using Polly.Timeout;

namespace AzureStorage.Client.Http;

public sealed class TransientFaultsTests
{
    [Fact]
    public async Task SendAsync_TwoServiceUnavailableAnswers_RetriesAndSucceeds()
    {
        await using var proxy = new FaultProxy(Origin(TestStorage.Account.QueueEndpoint), FaultMode.ServiceUnavailable, faults: 2);
        using var client = ClientBehind(proxy, maxAttempts: 3);
        var queue = client.GetQueue(TestStorage.QueueName());

        var created = await queue.CreateIfNotExistsAsync();
        await queue.DeleteIfExistsAsync();

        Assert.True(created);
        Assert.Equal(4, proxy.Requests);
        Assert.Equal(3, client.Requests["Queue.Create"]);
    }

    [Fact]
    public async Task SendAsync_ServiceUnavailableEveryTime_GivesUpAfterMaxAttemptsWithTypedError()
    {
        await using var proxy = new FaultProxy(Origin(TestStorage.Account.TableEndpoint), FaultMode.ServiceUnavailable, faults: int.MaxValue);
        using var client = ClientBehind(proxy, maxAttempts: 4);

        var error = await Assert.ThrowsAsync<StorageRequestException>(
            () => client.GetTable(TestStorage.TableName()).CreateIfNotExistsAsync());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.Status);
        Assert.Equal("ServerBusy", error.ErrorCode);
        Assert.Equal(4, error.Attempts);
        Assert.Equal(4, proxy.Requests);
        Assert.Contains("after 4 attempts", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_DroppedConnections_RetriesAndSucceeds()
    {
        await using var proxy = new FaultProxy(Origin(TestStorage.Account.TableEndpoint), FaultMode.DropConnection, faults: 2);
        using var client = ClientBehind(proxy, maxAttempts: 3);
        var table = client.GetTable(TestStorage.TableName());

        var created = await table.CreateIfNotExistsAsync();
        await table.DeleteIfExistsAsync();

        Assert.True(created);
        Assert.Equal(3, client.Requests["Table.Create"]);
    }

    [Fact]
    public async Task SendAsync_ConnectionDroppedEveryTime_ThrowsUnavailableAfterMaxAttempts()
    {
        await using var proxy = new FaultProxy(Origin(TestStorage.Account.QueueEndpoint), FaultMode.DropConnection, faults: int.MaxValue);
        using var client = ClientBehind(proxy, maxAttempts: 3);

        var error = await Assert.ThrowsAsync<StorageUnavailableException>(
            () => client.GetQueue(TestStorage.QueueName()).GetApproximateMessageCountAsync());

        Assert.Equal(3, error.Attempts);
        Assert.Equal(3, client.Requests["Queue.Count"]);
        // SocketsHttpHandler itself resends a request whose fresh connection closed before any answer.
        Assert.True(proxy.Requests >= 3);
        Assert.IsType<HttpRequestException>(error.InnerException, exactMatch: false);
    }

    [Fact]
    public async Task SendAsync_NoAnswerWithinAttemptTimeout_ThrowsUnavailableAfterMaxAttempts()
    {
        await using var proxy = new FaultProxy(Origin(TestStorage.Account.QueueEndpoint), FaultMode.Stall, faults: int.MaxValue);
        var options = TestStorage.FastOptions(maxAttempts: 2);
        options.AttemptTimeout = TimeSpan.FromMilliseconds(200);
        using var client = ClientBehind(proxy, options);

        var error = await Assert.ThrowsAsync<StorageUnavailableException>(
            () => client.GetQueue(TestStorage.QueueName()).PeekMessagesAsync());

        Assert.Equal(2, error.Attempts);
        Assert.IsType<TimeoutRejectedException>(error.InnerException);
    }

    [Fact]
    public async Task SendAsync_ConnectionRefused_ThrowsUnavailableAfterMaxAttempts()
    {
        TestStorage.EnsureReachable();
        var closedPort = FreePort();
        var endpoint = new Uri($"http://127.0.0.1:{closedPort}/{TestStorage.Account.Name}");
        using var client = new StorageClient(TestStorage.Account.WithEndpoints(endpoint, endpoint), TestStorage.FastOptions(maxAttempts: 3));

        var error = await Assert.ThrowsAsync<StorageUnavailableException>(
            () => client.GetTable(TestStorage.TableName()).GetEntityAsync("p", "r"));

        Assert.Equal(3, error.Attempts);
        Assert.Equal(3, client.Requests.Total);
        Assert.Contains("Table.Get", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_NotFound_IsNotRetried()
    {
        await using var proxy = new FaultProxy(Origin(TestStorage.Account.QueueEndpoint), FaultMode.ServiceUnavailable, faults: 0);
        using var client = ClientBehind(proxy, maxAttempts: 5);

        await Assert.ThrowsAsync<StorageNotFoundException>(() => client.GetQueue(TestStorage.QueueName()).PeekMessagesAsync());

        Assert.Equal(1, proxy.Requests);
    }

    [Theory]
    [InlineData(HttpStatusCode.RequestTimeout, true)]
    [InlineData(HttpStatusCode.TooManyRequests, true)]
    [InlineData(HttpStatusCode.InternalServerError, true)]
    [InlineData(HttpStatusCode.BadGateway, true)]
    [InlineData(HttpStatusCode.ServiceUnavailable, true)]
    [InlineData(HttpStatusCode.GatewayTimeout, true)]
    [InlineData(HttpStatusCode.NotImplemented, false)]
    [InlineData(HttpStatusCode.Forbidden, false)]
    [InlineData(HttpStatusCode.Conflict, false)]
    [InlineData(HttpStatusCode.PreconditionFailed, false)]
    public void IsTransient_Status_MatchesRetryPolicy(HttpStatusCode status, bool expected)
    {
        Assert.Equal(expected, TransientFaults.IsTransient(status));
    }

    private static StorageClient ClientBehind(FaultProxy proxy, int maxAttempts) => ClientBehind(proxy, TestStorage.FastOptions(maxAttempts));

    private static StorageClient ClientBehind(FaultProxy proxy, StorageClientOptions options)
    {
        var account = TestStorage.Account;
        return TestStorage.CreateClient(options, account.WithEndpoints(proxy.Front(account.QueueEndpoint), proxy.Front(account.TableEndpoint)));
    }

    private static Uri Origin(Uri endpoint) => new(endpoint.GetLeftPart(UriPartial.Authority));

    private static int FreePort()
    {
        var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
