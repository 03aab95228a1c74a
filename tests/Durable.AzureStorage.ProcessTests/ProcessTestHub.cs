using AzureStorage.Client;
using Durable.Client;
using Durable.History;

namespace Durable.AzureStorage;

/// <summary>
/// The test's own side of a fresh task hub: a client-side backend (no worker, so it never takes a lease) and a client to
/// schedule and read instances. Disposing deletes the hub's tables.
/// </summary>
internal sealed class ProcessTestHub : IAsyncDisposable
{
    private const string Chain = "Chain";
    private const int Partitions = 4;
    private const int Parallelism = 16;
    private readonly StorageClient _storage;
    private readonly AzureStorageBackend _backend;

    private ProcessTestHub(string name, StorageClient storage, AzureStorageBackend backend)
    {
        Name = name;
        _storage = storage;
        _backend = backend;
        Client = new DurableTaskClient(backend);
    }

    public string Name { get; }

    public DurableTaskClient Client { get; }

    public static async Task<ProcessTestHub> CreateAsync()
    {
        var connection = Environment.GetEnvironmentVariable("AZURE_STORAGE_CONNECTION_STRING") is { Length: > 0 } configured
            ? configured
            : "UseDevelopmentStorage=true";
        var storage = new StorageClient(StorageAccount.Parse(connection));
        var name = "t" + Guid.NewGuid().ToString("N")[..12];
        var backend = new AzureStorageBackend(storage, new AzureStorageBackendOptions { TaskHub = name, PartitionCount = Partitions });
        await backend.CreateIfNotExistsAsync();
        return new ProcessTestHub(name, storage, backend);
    }

    /// <summary>Schedules <paramref name="count"/> Chain instances "chain-NNNN"; instance i starts at i * 1000.</summary>
    public async Task<IReadOnlyList<string>> ScheduleChainsAsync(int count, Func<int, int> steps)
    {
        var ids = Enumerable.Range(0, count).Select(i => $"chain-{i:D4}").ToList();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, count),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism },
            async (i, cancellationToken) => await Client.ScheduleNewOrchestrationInstanceAsync(
                Chain, new ChainInput(i * 1000, steps(i)), new StartOrchestrationOptions { InstanceId = ids[i] }, cancellationToken));
        return ids;
    }

    /// <summary>How many instances are in each status.</summary>
    public async Task<IReadOnlyDictionary<OrchestrationRuntimeStatus, int>> CountStatusesAsync()
    {
        var counts = new Dictionary<OrchestrationRuntimeStatus, int>();
        var query = new OrchestrationQuery(PageSize: OrchestrationQuery.MaxPageSize);
        do
        {
            var page = await Client.QueryInstancesAsync(query);
            foreach (var instance in page.Instances)
            {
                counts[instance.RuntimeStatus] = counts.GetValueOrDefault(instance.RuntimeStatus) + 1;
            }

            query = query with { ContinuationToken = page.ContinuationToken };
        }
        while (query.ContinuationToken is not null);

        return counts;
    }

    /// <summary>Every instance with its input and output.</summary>
    public async Task<IReadOnlyList<OrchestrationMetadata>> ReadInstancesAsync()
    {
        var instances = new List<OrchestrationMetadata>();
        var query = new OrchestrationQuery(PageSize: OrchestrationQuery.MaxPageSize, FetchInputsAndOutputs: true);
        do
        {
            var page = await Client.QueryInstancesAsync(query);
            instances.AddRange(page.Instances);
            query = query with { ContinuationToken = page.ContinuationToken };
        }
        while (query.ContinuationToken is not null);

        return instances;
    }

    /// <summary>Reads the histories of <paramref name="instanceIds"/>.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<HistoryEvent>>> ReadHistoriesAsync(IReadOnlyList<string> instanceIds)
    {
        var histories = new Dictionary<string, IReadOnlyList<HistoryEvent>>();
        await Parallel.ForEachAsync(
            instanceIds,
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism },
            async (id, cancellationToken) =>
            {
                var history = await Client.GetHistoryAsync(id, cancellationToken);
                lock (histories)
                {
                    histories[id] = history;
                }
            });
        return histories;
    }

    /// <summary>The lease rows of the hub's partitions, read straight from the table (PartitionKey "pNN", RowKey "L").</summary>
    public async Task<IReadOnlyList<PartitionLease>> ReadLeasesAsync()
    {
        var table = _storage.GetTable(Name + "Partitions");
        var leases = new List<PartitionLease>();
        foreach (var partitionKey in Enumerable.Range(0, Partitions).Select(p => $"p{p:D2}"))
        {
            var row = await table.GetEntityAsync(partitionKey, "L");
            leases.Add(new PartitionLease(
                partitionKey, row?.GetString("Owner") ?? string.Empty, row?.GetDateTimeOffset("ExpiresAt") ?? DateTimeOffset.MinValue));
        }

        return leases;
    }

    public async ValueTask DisposeAsync()
    {
        await _backend.DeleteAsync();
        await _backend.DisposeAsync();
        _storage.Dispose();
    }
}
