using Durable.History;
using Durable.Replay;
using Microsoft.Extensions.Logging.Abstractions;

namespace Durable.Testing;

/// <summary>
/// Replays a recorded history (from production, or a golden file checked in with the tests) against the current
/// orchestrator code, to prove a change keeps running instances replayable.
/// </summary>
public static class HistoryReplayer
{
    /// <summary>Replays a history through the registered orchestrator it names.</summary>
    /// <param name="registry">The orchestrators.</param>
    /// <param name="instanceId">The id of the instance that recorded the history (deterministic GUIDs derive from it).</param>
    /// <param name="history">The recorded history of one execution.</param>
    /// <param name="services">Services for orchestrator classes.</param>
    /// <returns>Whether the code matched the history, and what it produced.</returns>
    public static HistoryReplayResult Replay(
        DurableTaskRegistry registry, string instanceId, IReadOnlyList<HistoryEvent> history, IServiceProvider? services = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(history);
        var start = history.OfType<ExecutionStartedEvent>().FirstOrDefault()
            ?? throw new ArgumentException("The history has no ExecutionStarted event.", nameof(history));
        if (!registry.TryGetOrchestrator(start.Name, out var factory))
        {
            throw new ArgumentException($"No orchestrator named '{start.Name}' is registered.", nameof(registry));
        }

        var orchestrator = factory(services ?? EmptyServiceProvider.Instance);
        var result = new OrchestrationExecutor(orchestrator, instanceId, JsonDataConverter.Default, NullLoggerFactory.Instance).Execute(history, []);
        var problem = Problem(result, history);
        return new HistoryReplayResult(problem is null, problem, result.Status, result.Output);
    }

    private static string? Problem(ExecutionResult result, IReadOnlyList<HistoryEvent> history)
    {
        if (result.Failure is { ErrorType: var type } failure && type == typeof(NonDeterministicOrchestrationException).FullName)
        {
            return failure.ErrorMessage;
        }

        if (result.NewActions.Count > 0)
        {
            return $"The code took {result.NewActions.Count} action(s) the history does not record, starting with: {result.NewActions[0].Description}.";
        }

        if (history.OfType<ExecutionCompletedEvent>().FirstOrDefault() is { } completed
            && (completed.Status != result.Status || completed.Result != result.Output))
        {
            return $"The history ends {completed.Status} with output {completed.Result ?? "null"}, the code now ends {result.Status} with {result.Output ?? "null"}.";
        }

        return null;
    }
}
