using Microsoft.Extensions.Logging;

namespace AzureStorage.Client;

/// <summary>
/// The client's log events (ids 2000-2099). They carry operation names, statuses and error codes only:
/// never keys, signatures, entity contents or message text.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Debug, Message = "Storage client for account {Account} created")]
    public static partial void ClientCreated(ILogger logger, string account);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "{Operation} failed transiently ({Fault}); attempt {NextAttempt} in {Delay}")]
    public static partial void Retrying(ILogger logger, string operation, int nextAttempt, string fault, TimeSpan delay);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Error, Message = "{Operation} got no answer after {Attempts} attempt(s) ({Fault})")]
    public static partial void GaveUp(ILogger logger, string operation, int attempts, string fault);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Debug, Message = "{Operation} answered {Status} {ErrorCode} after {Attempts} attempt(s)")]
    public static partial void RequestFailed(ILogger logger, string operation, int status, string? errorCode, int attempts);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning, Message = "Table transaction failed at action {Index} with {Status} {ErrorCode}")]
    public static partial void TransactionFailed(ILogger logger, int index, int status, string? errorCode);
}
