using Durable.Replay;

namespace Durable.Worker;

/// <summary>
/// An orchestration kept in memory after a committed episode, to go on from there without a replay, as long as its
/// history still has exactly <see cref="HistoryCount"/> events of <see cref="ExecutionId"/>.
/// </summary>
internal sealed record ExecutionSession(OrchestrationExecutor Executor, string ExecutionId, int HistoryCount);
