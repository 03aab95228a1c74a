using AzureStorage.Client.Http;
using AzureStorage.Client.Queues;
using AzureStorage.Client.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AzureStorage.Client;

/// <summary>
/// Entry point to one storage account's Queue and Table services over their REST APIs. Owns the pooled
/// HTTP connections; create one per account and share it (it is thread-safe).
/// </summary>
public sealed class StorageClient : IDisposable
{
    /// <summary>Name of the <see cref="System.Diagnostics.Metrics.Meter"/> that counts requests.</summary>
    public const string MeterName = StorageClientMetrics.MeterName;

    private readonly HttpClient _http;
    private readonly StorageTransport _transport;

    /// <param name="account">The account, usually from <see cref="StorageAccount.Parse"/>.</param>
    /// <param name="options">Retry, timeout and connection settings; defaults when null.</param>
    /// <param name="timeProvider">Source of the request date; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="logger">Receives retry and failure events; nothing when null.</param>
    /// <param name="requests">Counter to add requests to; a new one when null.</param>
    public StorageClient(
        StorageAccount account,
        StorageClientOptions? options = null,
        TimeProvider? timeProvider = null,
        ILogger<StorageClient>? logger = null,
        StorageRequestCounter? requests = null)
    {
        ArgumentNullException.ThrowIfNull(account);
        options ??= new StorageClientOptions();
        options.Validate();
        timeProvider ??= TimeProvider.System;
        ILogger log = logger ?? NullLogger<StorageClient>.Instance;
        Account = account;
        Requests = requests ?? new StorageRequestCounter();
        _http = new HttpClient(CreateHandler(options)) { Timeout = Timeout.InfiniteTimeSpan };
        var pipeline = TransientFaults.CreatePipeline(options, timeProvider, log);
        _transport = new StorageTransport(_http, account, pipeline, timeProvider, Requests, log);
        Log.ClientCreated(log, account.Name);
    }

    /// <summary>The account this client talks to.</summary>
    public StorageAccount Account { get; }

    /// <summary>Requests sent by this client, by operation, retries included.</summary>
    public StorageRequestCounter Requests { get; }

    /// <summary>A client for one queue. Nothing is sent until a method is called.</summary>
    /// <exception cref="ArgumentException">The name is not a valid queue name.</exception>
    public QueueClient GetQueue(string name) => new(_transport, ResourceNames.ValidateQueue(name));

    /// <summary>A client for one table. Nothing is sent until a method is called.</summary>
    /// <exception cref="ArgumentException">The name is not a valid table name.</exception>
    public TableClient GetTable(string name) => new(_transport, ResourceNames.ValidateTable(name));

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    private static SocketsHttpHandler CreateHandler(StorageClientOptions options) => new()
    {
        MaxConnectionsPerServer = options.MaxConnectionsPerServer,
        PooledConnectionLifetime = options.PooledConnectionLifetime,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
        ConnectTimeout = options.AttemptTimeout,
        AutomaticDecompression = System.Net.DecompressionMethods.None,
        UseCookies = false,
        UseProxy = false,
    };
}
