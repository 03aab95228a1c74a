using AzureStorage.Client;
using Durable.AzureStorage;
using Durable.Backend;
using Durable.Client;
using Durable.InMemory;
using Durable.Worker;

namespace Durable.Bench;

/// <summary>A backend with a running worker and a client, as the scenarios use it.</summary>
internal sealed class BenchRuntime : IAsyncDisposable
{
    private readonly DurableTaskWorker _worker;

    private BenchRuntime(string backendName, IOrchestrationBackend backend, DurableTaskWorker worker, DurableTaskClient client)
    {
        BackendName = backendName;
        Backend = backend;
        _worker = worker;
        Client = client;
    }

    public string BackendName { get; }

    public IOrchestrationBackend Backend { get; }

    public DurableTaskClient Client { get; }

    public static async Task<BenchRuntime> StartInMemoryAsync(TimeProvider clock, Action<DurableTaskRegistry> register)
    {
        var registry = new DurableTaskRegistry();
        register(registry);
        var backend = new InMemoryBackend(clock);
        var worker = new DurableTaskWorker(backend, registry, new DurableTaskWorkerOptions(), clock);
        await worker.StartAsync();
        return new BenchRuntime("in-memory", backend, worker, new DurableTaskClient(backend, clock));
    }

    /// <summary>The storage client's request counter, on the Azure Storage backend.</summary>
    public StorageRequestCounter? Requests => (Backend as AzureStorageBackend)?.Requests;

    public static async Task<BenchRuntime> StartAzureStorageAsync(StorageClient storage, Action<DurableTaskRegistry> register)
    {
        var registry = new DurableTaskRegistry();
        register(registry);
        var options = new AzureStorageBackendOptions { TaskHub = "bench" + Guid.CreateVersion7().ToString("N")[^10..], MaxPollInterval = TimeSpan.FromMilliseconds(100) };
        var backend = new AzureStorageBackend(storage, options);
        await backend.CreateIfNotExistsAsync();
        var worker = new DurableTaskWorker(backend, registry, new DurableTaskWorkerOptions { MaxConcurrentOrchestrations = 64, MaxConcurrentActivities = 64 });
        await worker.StartAsync();
        return new BenchRuntime("Azure Storage", backend, worker, new DurableTaskClient(backend));
    }

    /// <summary>Waits until the backend is idle, then checks that every instance completed.</summary>
    public async Task WaitForAllAsync(IReadOnlyList<string> instanceIds)
    {
        await Backend.WaitForIdleAsync();
        foreach (var id in instanceIds)
        {
            var state = await Backend.GetStateAsync(id, includeInputsAndOutputs: false);
            if (state?.Status != OrchestrationRuntimeStatus.Completed)
            {
                throw new InvalidOperationException($"Instance {id} is {state?.Status.ToString() ?? "missing"}, not Completed.");
            }
        }
    }

    public async Task<T?> WaitForOutputAsync<T>(string instanceId)
    {
        await WaitForAllAsync([instanceId]);
        var instance = await Client.GetInstanceAsync(instanceId, getInputsAndOutputs: true);
        return instance!.ReadOutputAs<T>();
    }

    public async ValueTask DisposeAsync()
    {
        await _worker.DisposeAsync();
        switch (Backend)
        {
            case AzureStorageBackend azure:
                await azure.DisposeAsync();
                await azure.DeleteAsync();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }
}
