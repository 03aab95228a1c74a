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
        (Backend as IDisposable)?.Dispose();
    }
}
