namespace Probation.Functions;

/// <summary>The function app's log messages (event ids 5000-5099): ids, kinds and counts, never names, birth dates or notes.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5000, Level = LogLevel.Error, Message = "Unhandled {ErrorType} on {Path}.")]
    public static partial void Unhandled(ILogger logger, string errorType, string path);

    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning, Message = "Storage is not reachable: {ErrorType}.")]
    public static partial void StorageUnreachable(ILogger logger, string errorType);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "Order {OrderId} accepted (repost: {Repost}).")]
    public static partial void OrderAccepted(ILogger logger, string orderId, bool repost);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Warning, Message = "Order {OrderId} refused: another document is stored under its id.")]
    public static partial void OrderConflict(ILogger logger, string orderId);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Warning, Message = "Court-orders message {MessageId} moved to the poison queue after {Attempts} attempt(s): {Reason}.")]
    public static partial void CourtOrderPoisoned(ILogger logger, string messageId, long attempts, string reason);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Warning, Message = "Court-orders message {MessageId} failed on attempt {Attempts}; it will be retried.")]
    public static partial void CourtOrderRetry(ILogger logger, Exception exception, string messageId, long attempts);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Warning, Message = "Reading the court-orders queue failed; retrying.")]
    public static partial void CourtOrdersPollFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5007, Level = LogLevel.Information, Message = "{Method} {Path} answered {Status} in {ElapsedMs:F1} ms.")]
    public static partial void RequestFinished(ILogger logger, string method, string path, int status, double elapsedMs);

    [LoggerMessage(EventId = 5010, Level = LogLevel.Information, Message = "Virtual clock moved from {From:o} to {To:o}.")]
    public static partial void ClockAdvanced(ILogger logger, DateTimeOffset from, DateTimeOffset to);
}
