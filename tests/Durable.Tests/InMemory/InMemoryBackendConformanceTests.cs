using Durable.Backend;
using Durable.Conformance;

namespace Durable.InMemory;

public sealed class InMemoryBackendConformanceTests : BackendConformanceTests
{
    protected override Task<IOrchestrationBackend> CreateBackendAsync(TimeProvider clock) =>
        Task.FromResult<IOrchestrationBackend>(new InMemoryBackend(clock));
}
