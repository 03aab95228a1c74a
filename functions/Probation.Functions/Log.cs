namespace Probation.Functions;

/// <summary>The function app's log messages (event ids 5000-5099): ids, kinds and counts, never names, birth dates or notes.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5000, Level = LogLevel.Error, Message = "Unhandled {ErrorType} on {Path}.")]
    public static partial void Unhandled(ILogger logger, string errorType, string path);

    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning, Message = "Storage is not reachable: {ErrorType}.")]
    public static partial void StorageUnreachable(ILogger logger, string errorType);

    [LoggerMessage(EventId = 5010, Level = LogLevel.Information, Message = "Virtual clock moved from {From:o} to {To:o}.")]
    public static partial void ClockAdvanced(ILogger logger, DateTimeOffset from, DateTimeOffset to);
}
