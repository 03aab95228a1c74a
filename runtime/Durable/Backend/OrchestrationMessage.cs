using Durable.History;

namespace Durable.Backend;

/// <summary>An event on its way to an orchestration instance.</summary>
/// <param name="InstanceId">The receiving instance.</param>
/// <param name="ExecutionId">
/// The execution the event belongs to; <see langword="null"/> for whichever execution is current (client events).
/// Events for another execution are dropped: they belong to a run that continued as new or was restarted.
/// </param>
/// <param name="Event">The event, appended to the receiver's history when it is processed.</param>
public sealed record OrchestrationMessage(string InstanceId, string? ExecutionId, HistoryEvent Event);
