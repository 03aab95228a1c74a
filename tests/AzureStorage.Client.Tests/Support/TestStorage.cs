using System.Net.Sockets;

namespace AzureStorage.Client.Support;

/// <summary>
/// The storage the tests run against: AZURE_STORAGE_CONNECTION_STRING when set, else Azurite's
/// development account. An unreachable endpoint fails the test with a clear message, never skips it.
/// </summary>
internal static class TestStorage
{
    public const string ConnectionStringVariable = "AZURE_STORAGE_CONNECTION_STRING";

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(ConnectionStringVariable) is { Length: > 0 } value ? value : "UseDevelopmentStorage=true";

    public static StorageAccount Account => StorageAccount.Parse(ConnectionString);

    /// <summary>Small real backoff delays so retry tests stay fast without sleeping.</summary>
    public static StorageClientOptions FastOptions(int maxAttempts = 3) => new()
    {
        MaxAttempts = maxAttempts,
        BaseDelay = TimeSpan.FromMilliseconds(2),
        MaxDelay = TimeSpan.FromMilliseconds(10),
        AttemptTimeout = TimeSpan.FromSeconds(15),
    };

    public static StorageClient CreateClient(
        StorageClientOptions? options = null, StorageAccount? account = null, TimeProvider? clock = null, StorageRequestCounter? requests = null)
    {
        EnsureReachable();
        return new StorageClient(account ?? Account, options ?? FastOptions(), clock, requests: requests);
    }

    /// <summary>Fails fast, naming the fix, when the real storage endpoints do not accept connections.</summary>
    public static void EnsureReachable()
    {
        EnsureReachable(Account.QueueEndpoint);
        EnsureReachable(Account.TableEndpoint);
    }

    public static string QueueName() => "q" + Guid.NewGuid().ToString("N");

    public static string TableName() => "t" + Guid.NewGuid().ToString("N");

    private static void EnsureReachable(Uri endpoint)
    {
        using var tcp = new TcpClient();
        try
        {
            if (!tcp.ConnectAsync(endpoint.Host, endpoint.Port).Wait(TimeSpan.FromSeconds(5)))
            {
                throw new TimeoutException("no answer within 5 s");
            }
        }
        catch (Exception e) when (e is SocketException or AggregateException or TimeoutException)
        {
            throw new InvalidOperationException(
                $"Storage is not reachable at {endpoint.Host}:{endpoint.Port} ({e.GetBaseException().Message}). " +
                $"Start Azurite (source scripts/azurite.sh and run azurite_start) or set {ConnectionStringVariable}.",
                e);
        }
    }
}
