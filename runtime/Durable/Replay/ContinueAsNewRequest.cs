namespace Durable.Replay;

/// <summary>The orchestrator asked to continue as new with this serialized input.</summary>
internal sealed record ContinueAsNewRequest(string? Input, bool PreserveUnprocessedEvents);
