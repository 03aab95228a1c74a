using Durable.Backend;
using Durable.History;
using Durable.Testing;

namespace Durable.Conformance;

/// <summary>
/// The behaviour every backend must show. A backend's test project derives from this class and says how to create the
/// backend; each test starts its own host on a virtual clock and its own instances.
/// </summary>
public abstract partial class BackendConformanceTests
{
    /// <summary>Creates a fresh, empty, ready backend on the given clock.</summary>
    protected abstract Task<IOrchestrationBackend> CreateBackendAsync(TimeProvider clock);

    /// <summary>Starts a host over a new backend with the given registrations.</summary>
    protected Task<DurableTestHost> StartHostAsync(Action<DurableTaskRegistry> register) =>
        DurableTestHost.StartAsync(register, new DurableTestHostOptions { CreateBackend = CreateBackendAsync });

    /// <summary>The events of a history of a given type.</summary>
    protected static List<T> EventsOf<T>(IReadOnlyList<HistoryEvent> history)
        where T : HistoryEvent => [.. history.OfType<T>()];
}
