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
}
