namespace Durable.Client;

/// <summary>Options for scheduling an orchestration.</summary>
/// <param name="InstanceId">The instance id; <see langword="null"/> for a new unique one.</param>
/// <param name="RestartIfEnded">
/// When an instance with this id exists and has ended: start a new run in its place (the default, as in Durable
/// Functions), or refuse with <see cref="OrchestrationStatusConflictException"/>. An instance that has not ended is
/// never replaced: scheduling it again returns its id and changes nothing.
/// </param>
public sealed record StartOrchestrationOptions(string? InstanceId = null, bool RestartIfEnded = true);
