namespace AzureStorage.Client.Support;

/// <summary>What <see cref="FaultProxy"/> does to the requests it is told to fail.</summary>
internal enum FaultMode
{
    /// <summary>Answers 503 ServerBusy, as the service does when throttling.</summary>
    ServiceUnavailable,

    /// <summary>Closes the connection without answering.</summary>
    DropConnection,

    /// <summary>Reads the request and never answers, so the client's attempt timeout fires.</summary>
    Stall,
}
