using Durable.Backend;
using Durable.Conformance;

namespace Durable.InMemory;

public sealed class InMemoryBackendConformanceTests : BackendConformanceTests
{
    protected override IOrchestrationBackend CreateBackend(TimeProvider clock) => new InMemoryBackend(clock);
}
