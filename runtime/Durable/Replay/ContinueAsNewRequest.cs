namespace Durable.Replay;

/// <summary>
/// The orchestrator asked to continue as new with this input: serialized for history, and the object itself, which the
/// next generation may take as it is rather than read the text back.
/// </summary>
internal sealed record ContinueAsNewRequest(string? Input, object? Value, bool PreserveUnprocessedEvents);
