using Microsoft.Extensions.Logging;

namespace Durable;

/// <summary>
/// The runtime's log messages (event ids 1000-1099). They carry instance ids, names and error types, never payloads or
/// error messages, which may hold personal data.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "Durable worker started: {Orchestrations} orchestration and {Activities} activity slots.")]
    public static partial void WorkerStarted(this ILogger logger, int orchestrations, int activities);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Durable worker stopped; {Abandoned} activity calls were abandoned for another worker.")]
    public static partial void WorkerStopped(this ILogger logger, int abandoned);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Debug, Message = "Instance {InstanceId} ({Name}) episode committed: {Status}, {NewEvents} new events, {Activities} activities, {Messages} messages, {Timers} timers.")]
    public static partial void EpisodeCommitted(this ILogger logger, string instanceId, string name, OrchestrationRuntimeStatus status, int newEvents, int activities, int messages, int timers);

    [LoggerMessage(EventId = 1011, Level = LogLevel.Information, Message = "Instance {InstanceId} ({Name}) ended: {Status}.")]
    public static partial void InstanceEnded(this ILogger logger, string instanceId, string name, OrchestrationRuntimeStatus status);

    [LoggerMessage(EventId = 1012, Level = LogLevel.Warning, Message = "Instance {InstanceId} ({Name}) failed with {ErrorType}.")]
    public static partial void InstanceFailed(this ILogger logger, string instanceId, string name, string errorType);

    [LoggerMessage(EventId = 1013, Level = LogLevel.Error, Message = "Instance {InstanceId}: the episode could not be processed and was abandoned.")]
    public static partial void EpisodeAbandoned(this ILogger logger, Exception exception, string instanceId);

    [LoggerMessage(EventId = 1020, Level = LogLevel.Warning, Message = "Instance {InstanceId}: activity {Activity} (#{TaskId}) failed with {ErrorType}.")]
    public static partial void ActivityFailed(this ILogger logger, string instanceId, string activity, int taskId, string errorType);

    [LoggerMessage(EventId = 1021, Level = LogLevel.Error, Message = "Instance {InstanceId}: the result of activity {Activity} (#{TaskId}) could not be stored.")]
    public static partial void ActivityResultNotStored(this ILogger logger, Exception exception, string instanceId, string activity, int taskId);

    [LoggerMessage(EventId = 1022, Level = LogLevel.Error, Message = "Work could not be abandoned; it stays locked until the backend releases it.")]
    public static partial void AbandonFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1030, Level = LogLevel.Error, Message = "The backend failed while fetching {Kind} work; retrying in {Delay}.")]
    public static partial void FetchFailed(this ILogger logger, Exception exception, string kind, TimeSpan delay);
}
