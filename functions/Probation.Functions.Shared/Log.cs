namespace Probation.Functions;

/// <summary>The log messages of what both hosts share (event ids 5000-5099, beside the self-host's <c>HostLog</c>): ids, kinds and counts, never names, birth dates or notes.</summary>
internal static partial class Log
{
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
}
