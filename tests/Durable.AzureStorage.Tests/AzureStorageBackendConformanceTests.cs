using AzureStorage.Client;
using Durable.Backend;
using Durable.Conformance;

namespace Durable.AzureStorage;

/// <summary>The runtime's conformance suite against the Azure Storage backend on Azurite, a fresh task hub per test.</summary>
public sealed class AzureStorageBackendConformanceTests : BackendConformanceTests, IAsyncLifetime
{
    private readonly StorageClient _storage = TestStorage.CreateClient();
    private readonly List<AzureStorageBackend> _backends = [];

    protected override async Task<IOrchestrationBackend> CreateBackendAsync(TimeProvider clock)
    {
        var backend = new AzureStorageBackend(_storage, TestStorage.Options(), clock);
        await backend.CreateIfNotExistsAsync();
        _backends.Add(backend);
        return backend;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var backend in _backends)
        {
            await backend.DisposeAsync();
            await backend.DeleteAsync();
        }

        _storage.Dispose();
    }
}
