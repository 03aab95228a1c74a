namespace Probation.Functions;

/// <summary>The self-host's own log messages (event ids 5000-5099, beside the shared <c>Log</c>): ids and kinds, never keys or personal data.</summary>
internal static partial class HostLog
{
    [LoggerMessage(EventId = 5000, Level = LogLevel.Error, Message = "Unhandled {ErrorType} on {Path}.")]
    public static partial void Unhandled(ILogger logger, string errorType, string path);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Warning, Message = "Reading the court-orders queue failed; retrying.")]
    public static partial void CourtOrdersPollFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5008, Level = LogLevel.Warning, Message = "Reading the court-orders queue failed, storage unavailable ({Cause}); retrying.")]
    public static partial void CourtOrdersStorageUnavailable(ILogger logger, string cause);

    [LoggerMessage(EventId = 5007, Level = LogLevel.Information, Message = "{Method} {Path} answered {Status} in {ElapsedMs:F1} ms.")]
    public static partial void RequestFinished(ILogger logger, string method, string path, int status, double elapsedMs);

    [LoggerMessage(EventId = 5010, Level = LogLevel.Information, Message = "Virtual clock moved from {From:o} to {To:o}.")]
    public static partial void ClockAdvanced(ILogger logger, DateTimeOffset from, DateTimeOffset to);

    [LoggerMessage(EventId = 5011, Level = LogLevel.Warning, Message = "The engine had not stopped when the host's shutdown time was up (is storage out of reach?). Its partitions pass to another host when their leases expire; work it had not finished runs again there or at the next start.")]
    public static partial void EngineStopCutShort(ILogger logger);
}
