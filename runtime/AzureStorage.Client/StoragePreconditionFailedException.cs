using System.Net;

namespace AzureStorage.Client;

/// <summary>The service answered 412 Precondition Failed: the ETag given in If-Match no longer matches.</summary>
public sealed class StoragePreconditionFailedException : StorageRequestException
{
    internal StoragePreconditionFailedException(string operation, int attempts, string? errorCode, string? serviceMessage)
        : base(operation, attempts, HttpStatusCode.PreconditionFailed, errorCode, serviceMessage)
    {
    }
}
