using System.Net;

namespace AzureStorage.Client;

/// <summary>The service answered 404 Not Found: the resource (queue, message, table or entity) does not exist.</summary>
public sealed class StorageNotFoundException : StorageRequestException
{
    internal StorageNotFoundException(string operation, int attempts, string? errorCode, string? serviceMessage)
        : base(operation, attempts, HttpStatusCode.NotFound, errorCode, serviceMessage)
    {
    }
}
