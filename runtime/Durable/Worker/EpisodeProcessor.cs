using Durable.Backend;
using Durable.History;
using Durable.Replay;
using Microsoft.Extensions.Logging;

namespace Durable.Worker;

/// <summary>
/// Turns a locked work item into the commit of one episode: filters its messages, replays the orchestrator over the
/// history and the new events, and records the actions, the outgoing work and the new status.
/// </summary>
internal sealed class EpisodeProcessor(
    DurableTaskRegistry registry, IServiceProvider services, DataConverter converter, TimeProvider timeProvider, ILoggerFactory loggerFactory)
{
    /// <summary>Generations one episode may run before it is stopped as a loop that never waits.</summary>
    internal const int MaxGenerationsPerEpisode = 10_000;

    /// <summary>Processes a work item, going on from <paramref name="session"/> when it still matches the history.</summary>
    public EpisodeOutcome Process(OrchestrationWorkItem workItem, ExecutionSession? session = null)
    {
        var accepted = MessageFilter.Accept(workItem, out var start);
        if (accepted.Count == 0 || start is null)
        {
            return new EpisodeOutcome(OrchestrationCommit.Nothing, session);
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        var episode = new Episode(workItem.InstanceId, start, workItem.State, now);
        if (accepted.Find(e => e is ExecutionTerminatedEvent) is ExecutionTerminatedEvent terminated)
        {
            return new EpisodeOutcome(Terminate(episode, accepted.Contains(start) ? [start, terminated] : [terminated]), null);
        }

        List<HistoryEvent> newEvents = [new OrchestratorStartedEvent(-1, now), .. accepted];
        var resumable = session is not null && session.ExecutionId == start.ExecutionId && session.HistoryCount == workItem.History.Count
            ? session.Executor
            : null;
        return Run(episode, workItem.History, newEvents, resumable);
    }

    private EpisodeOutcome Run(Episode episode, IReadOnlyList<HistoryEvent> history, List<HistoryEvent> newEvents, OrchestrationExecutor? resumable)
    {
        var historyReset = false;
        object? preparedInput = null;
        for (var generation = 0; ; generation++)
        {
            var (executor, result) = Execute(episode, history, newEvents, generation, generation == 0 ? resumable : null, preparedInput);
            episode.Record(newEvents, result);
            if (result.ContinueAsNew is not { } request)
            {
                var commit = episode.ToCommit(historyReset, result);
                var kept = executor is { CanContinue: true }
                    ? new ExecutionSession(executor, episode.Start.ExecutionId, (historyReset ? 0 : history.Count) + commit.NewEvents.Count)
                    : null;
                return new EpisodeOutcome(commit, kept);
            }

            preparedInput = request.Value;

            var next = new ExecutionStartedEvent(
                -1,
                episode.Now,
                episode.Start.Name,
                DeterministicGuid.ExecutionId($"{episode.InstanceId}:{episode.Start.ExecutionId}:{episode.Start.Generation + 1}"),
                request.Input,
                episode.Start.Generation + 1,
                episode.Start.Parent);
            episode.BeginGeneration(next);
            history = [];
            historyReset = true;
            newEvents = [new OrchestratorStartedEvent(-1, episode.Now), next];
            if (request.PreserveUnprocessedEvents)
            {
                newEvents.AddRange(result.UnconsumedEvents);
            }
        }
    }

    private (OrchestrationExecutor? Executor, ExecutionResult Result) Execute(
        Episode episode, IReadOnlyList<HistoryEvent> history, List<HistoryEvent> newEvents, int generation, OrchestrationExecutor? resumable, object? preparedInput)
    {
        if (generation >= MaxGenerationsPerEpisode)
        {
            return (null, Failed(new InvalidOperationException(
                $"Instance '{episode.InstanceId}' continued as new {MaxGenerationsPerEpisode} times in one episode without waiting for anything.")));
        }

        if (resumable is not null)
        {
            return (resumable, resumable.Continue(newEvents));
        }

        if (!registry.TryGetOrchestrator(episode.Start.Name, out var factory))
        {
            return (null, Failed(new InvalidOperationException(
                $"No orchestrator named '{episode.Start.Name}' is registered with this worker.")));
        }

        var executor = new OrchestrationExecutor(factory(services), episode.InstanceId, converter, loggerFactory);
        return (executor, executor.Execute(history, newEvents, preparedInput));
    }

    private static ExecutionResult Failed(Exception exception) =>
        new([], OrchestrationRuntimeStatus.Failed, null, TaskFailureDetails.FromException(exception), null, null, []);

    private OrchestrationCommit Terminate(Episode episode, HistoryEvent[] recorded)
    {
        var reason = converter.Serialize(((ExecutionTerminatedEvent)recorded[^1]).Reason);
        var result = new ExecutionResult([], OrchestrationRuntimeStatus.Terminated, reason, null, null, null, []);
        episode.Record([new OrchestratorStartedEvent(-1, episode.Now), .. recorded], result);
        return episode.ToCommit(historyReset: false, result);
    }
}
