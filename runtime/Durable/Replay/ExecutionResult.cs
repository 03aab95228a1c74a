using Durable.History;

namespace Durable.Replay;

/// <summary>What one replay of an orchestration produced.</summary>
/// <param name="NewActions">Actions the code took that history has not recorded yet, in sequence order.</param>
/// <param name="Status">Running, Suspended, Completed, Failed or ContinuedAsNew.</param>
/// <param name="Output">The serialized output when Completed.</param>
/// <param name="Failure">The failure when Failed.</param>
/// <param name="CustomStatus">The serialized custom status.</param>
/// <param name="ContinueAsNew">The request when ContinuedAsNew.</param>
/// <param name="UnconsumedEvents">Events that arrived but were not consumed, in arrival order.</param>
internal sealed record ExecutionResult(
    IReadOnlyList<OrchestratorAction> NewActions,
    OrchestrationRuntimeStatus Status,
    string? Output,
    TaskFailureDetails? Failure,
    string? CustomStatus,
    ContinueAsNewRequest? ContinueAsNew,
    IReadOnlyList<EventRaisedEvent> UnconsumedEvents);
