using AzureStorage.Client;
using Durable.Client;
using Durable.Worker;

namespace Durable.AzureStorage;

/// <summary>
/// A task hub for one test: a client (whose backend never takes leases) and any number of hosts, each a backend with
/// a worker; everything is stopped and the hub's tables deleted on dispose.
/// </summary>
internal sealed class HubHarness : IAsyncDisposable
{
    private readonly List<(AzureStorageBackend Backend, DurableTaskWorker Worker, StorageClient Storage)> _hosts = [];

    private HubHarness(AzureStorageBackendOptions options)
    {
        Options = options;
        Storage = TestStorage.CreateClient();
        ClientBackend = new AzureStorageBackend(Storage, options);
        Client = new DurableTaskClient(ClientBackend);
    }

    public AzureStorageBackendOptions Options { get; }

    public StorageClient Storage { get; }

    public AzureStorageBackend ClientBackend { get; }

    public DurableTaskClient Client { get; }

    public static async Task<HubHarness> CreateAsync(int partitions = 4)
    {
        var harness = new HubHarness(TestStorage.Options(partitions: partitions));
        await harness.ClientBackend.CreateIfNotExistsAsync();
        return harness;
    }

    public async Task<AzureStorageBackend> StartHostAsync(string hostId, Action<DurableTaskRegistry> register)
    {
        var registry = new DurableTaskRegistry();
        register(registry);
        var options = TestStorage.Options(Options.TaskHub, Options.PartitionCount);
        options.HostId = hostId;
        var storage = TestStorage.CreateClient();
        var backend = new AzureStorageBackend(storage, options);
        var worker = new DurableTaskWorker(backend, registry, new DurableTaskWorkerOptions { ShutdownGracePeriod = TimeSpan.Zero });
        await worker.StartAsync();
        _hosts.Add((backend, worker, storage));
        return backend;
    }

    public async Task StopHostAsync(AzureStorageBackend backend)
    {
        var host = _hosts.Single(h => h.Backend == backend);
        _hosts.Remove(host);
        await host.Worker.DisposeAsync();
        await host.Backend.DisposeAsync();
        host.Storage.Dispose();
    }

    /// <summary>Polls until <paramref name="condition"/> holds, failing with <paramref name="what"/> after the timeout.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out after {seconds} s waiting until {what}.");
            await Task.Delay(50);
        }
    }

    public async Task WaitForStatusAsync(string instanceId, OrchestrationRuntimeStatus status, int seconds = 30) =>
        await EventuallyAsync(async () => (await Client.GetInstanceAsync(instanceId))?.RuntimeStatus == status, $"{instanceId} is {status}", seconds);

    public async ValueTask DisposeAsync()
    {
        foreach (var (backend, worker, storage) in _hosts)
        {
            await worker.DisposeAsync();
            await backend.DisposeAsync();
            storage.Dispose();
        }

        await ClientBackend.DeleteAsync();
        await ClientBackend.DisposeAsync();
        Storage.Dispose();
    }
}
