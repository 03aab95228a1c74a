namespace Durable.Testing;

/// <summary>What replaying a recorded history against the current code found.</summary>
/// <param name="IsDeterministic">Whether the code did exactly what the history records.</param>
/// <param name="Problem">Why not, when it did not.</param>
/// <param name="Status">The status the replay ended in.</param>
/// <param name="Output">The serialized output, when the replay completed.</param>
public sealed record HistoryReplayResult(bool IsDeterministic, string? Problem, OrchestrationRuntimeStatus Status, string? Output);
