namespace AzureStorage.Client;

/// <summary>
/// No answer came from the service within the attempts allowed: connections refused or dropped, or
/// every attempt timed out. The last transport error is the inner exception.
/// </summary>
public sealed class StorageUnavailableException : StorageException
{
    internal StorageUnavailableException(string operation, int attempts, Exception lastError)
        : base(operation, attempts, $"{operation} got no answer from storage after {attempts} attempt(s): {lastError.Message}", lastError)
    {
    }
}
