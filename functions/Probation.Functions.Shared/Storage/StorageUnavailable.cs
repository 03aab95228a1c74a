using System.Net.Sockets;
using Azure;

namespace Probation.Functions.Storage;

/// <summary>
/// Whether a request failed because storage could not be reached or answered with a server error: the caller should
/// try again (503 with Retry-After), nothing is wrong with the request. Found anywhere in the exception's causes, as
/// the SDK's retries (<see cref="AggregateException"/>) and the engine's client wrap them.
/// </summary>
internal static class StorageUnavailable
{
    public static bool Is(Exception exception) => exception switch
    {
        RequestFailedException { Status: 0 or 408 or >= 500 } or HttpRequestException or SocketException or TimeoutException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(Is),
        { InnerException: { } inner } => Is(inner),
        _ => false,
    };

    /// <summary>
    /// The cause, in one line for a log in place of a stack trace per failed attempt: a server error's status and code,
    /// or the failed connection's message (which names the endpoint, never a key).
    /// </summary>
    public static string Cause(Exception exception) => exception switch
    {
        RequestFailedException { Status: not 0 } failed => $"{failed.Status} {failed.ErrorCode}".TrimEnd(),
        HttpRequestException or SocketException or TimeoutException => $"{exception.GetType().Name}: {exception.Message}",
        AggregateException aggregate when aggregate.InnerExceptions.FirstOrDefault(Is) is { } first => Cause(first),
        { InnerException: { } inner } when Is(inner) => Cause(inner),
        _ => exception.GetType().Name,
    };
}
