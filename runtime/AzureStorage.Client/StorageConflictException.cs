using System.Net;

namespace AzureStorage.Client;

/// <summary>The service answered 409 Conflict: the resource already exists or is being deleted.</summary>
public sealed class StorageConflictException : StorageRequestException
{
    internal StorageConflictException(string operation, int attempts, string? errorCode, string? serviceMessage)
        : base(operation, attempts, HttpStatusCode.Conflict, errorCode, serviceMessage)
    {
    }
}
