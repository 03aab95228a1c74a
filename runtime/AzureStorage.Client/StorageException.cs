namespace AzureStorage.Client;

/// <summary>
/// Root of the errors this client raises. Messages carry the operation, status and the service's error
/// code and message; never the account key, a request signature or entity contents.
/// </summary>
public abstract class StorageException : Exception
{
    private protected StorageException(string operation, int attempts, string message, Exception? innerException)
        : base(message, innerException)
    {
        Operation = operation;
        Attempts = attempts;
    }

    /// <summary>The operation that failed, for example "Table.Insert".</summary>
    public string Operation { get; }

    /// <summary>How many HTTP attempts were made before giving up.</summary>
    public int Attempts { get; }
}
