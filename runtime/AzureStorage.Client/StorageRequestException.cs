using System.Net;

namespace AzureStorage.Client;

/// <summary>
/// The service answered with an error status: a non-transient 4xx at once, or a transient 5xx/408/429
/// once the attempts ran out. 404, 409 and 412 come as the sealed subtypes.
/// </summary>
public class StorageRequestException : StorageException
{
    internal StorageRequestException(
        string operation, int attempts, HttpStatusCode status, string? errorCode, string? serviceMessage, string? detail = null)
        : base(operation, attempts, Describe(operation, attempts, status, errorCode, serviceMessage) + detail, innerException: null)
    {
        Status = status;
        ErrorCode = errorCode;
        ServiceMessage = serviceMessage;
    }

    /// <summary>The HTTP status the service answered with.</summary>
    public HttpStatusCode Status { get; }

    /// <summary>The service's error code (for example "EntityAlreadyExists"), when it gave one.</summary>
    public string? ErrorCode { get; }

    /// <summary>The first line of the service's error message, when it gave one.</summary>
    public string? ServiceMessage { get; }

    private static string Describe(string operation, int attempts, HttpStatusCode status, string? errorCode, string? serviceMessage)
    {
        var code = errorCode is null ? string.Empty : $" {errorCode}";
        var detail = serviceMessage is null ? string.Empty : $": {serviceMessage}";
        var tries = attempts > 1 ? $" after {attempts} attempts" : string.Empty;
        return $"{operation} failed with {(int)status} ({status}){code}{detail}{tries}";
    }
}
