using Durable.Backend;
using Durable.Worker;
using Microsoft.Extensions.Logging;

namespace Durable.Testing;

/// <summary>How a <see cref="DurableTestHost"/> is set up.</summary>
public sealed class DurableTestHostOptions
{
    /// <summary>The virtual clock's starting instant; a fixed Monday morning by default, so tests are repeatable.</summary>
    public DateTimeOffset Start { get; init; } = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Creates (and prepares) the backend on the virtual clock; the in-memory backend by default.</summary>
    public Func<TimeProvider, Task<IOrchestrationBackend>>? CreateBackend { get; init; }

    /// <summary>The worker's options; small defaults suited to tests.</summary>
    public DurableTaskWorkerOptions Worker { get; init; } = new()
    {
        MaxConcurrentOrchestrations = 2,
        MaxConcurrentActivities = 8,
        ShutdownGracePeriod = TimeSpan.Zero,
    };

    /// <summary>Logging for the worker and the orchestrations.</summary>
    public ILoggerFactory? LoggerFactory { get; init; }

    /// <summary>Services for orchestrator and activity classes.</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>How long, in real time, a wait may take before the host gives up with a <see cref="TimeoutException"/>.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);
}
