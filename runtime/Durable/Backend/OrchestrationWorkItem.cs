using Durable.History;

namespace Durable.Backend;

/// <summary>
/// An instance locked for one episode: its record, its history and the messages to process. Nobody else processes the
/// instance until the work item is completed or abandoned.
/// </summary>
/// <param name="InstanceId">The instance.</param>
/// <param name="State">Its record, or <see langword="null"/> when none exists.</param>
/// <param name="History">Its history: read it, never change it.</param>
/// <param name="Messages">The messages to process, in arrival order.</param>
/// <param name="LockToken">The backend's own handle on the lock.</param>
public sealed record OrchestrationWorkItem(
    string InstanceId,
    OrchestrationState? State,
    IReadOnlyList<HistoryEvent> History,
    IReadOnlyList<OrchestrationMessage> Messages,
    object LockToken);
