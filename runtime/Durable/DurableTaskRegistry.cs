namespace Durable;

/// <summary>The orchestrators and activities a worker can run, by name (case-insensitive).</summary>
public sealed partial class DurableTaskRegistry
{
    private readonly Dictionary<string, Func<IServiceProvider, ITaskOrchestrator>> _orchestrators =
        new(StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<string, Func<IServiceProvider, ITaskActivity>> _activities =
        new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The registered orchestrator names.</summary>
    public IReadOnlyCollection<string> OrchestratorNames => _orchestrators.Keys;

    /// <summary>The registered activity names.</summary>
    public IReadOnlyCollection<string> ActivityNames => _activities.Keys;

    internal bool TryGetOrchestrator(string name, out Func<IServiceProvider, ITaskOrchestrator> factory) =>
        _orchestrators.TryGetValue(name, out factory!);

    internal bool TryGetActivity(string name, out Func<IServiceProvider, ITaskActivity> factory) =>
        _activities.TryGetValue(name, out factory!);

    private static void Add<T>(Dictionary<string, T> registrations, string kind, string name, T factory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(factory);
        if (!registrations.TryAdd(name, factory))
        {
            throw new ArgumentException($"An {kind} named '{name}' is already registered.", nameof(name));
        }
    }
}
