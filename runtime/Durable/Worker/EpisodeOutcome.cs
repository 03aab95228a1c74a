using Durable.Backend;

namespace Durable.Worker;

/// <summary>An episode's commit, and the session to keep once the commit has succeeded.</summary>
internal sealed record EpisodeOutcome(OrchestrationCommit Commit, ExecutionSession? Session);
