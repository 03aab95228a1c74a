namespace AzureStorage.Client.Http;

/// <summary>
/// What to send, independent of any attempt: each retry builds and signs a fresh
/// <see cref="HttpRequestMessage"/> from it, because a sent message cannot be sent again.
/// </summary>
/// <param name="Service">Which endpoint and signing scheme to use.</param>
/// <param name="Operation">The counted operation name, for example "Queue.Put".</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The resource path under the endpoint, already URL-escaped.</param>
internal sealed record StorageRequest(StorageService Service, string Operation, HttpMethod Method, string Path)
{
    /// <summary>Query parameters, unescaped; the transport escapes them.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Query { get; init; } = [];

    /// <summary>Extra request headers such as If-Match or Prefer.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    public byte[]? Body { get; init; }

    /// <summary>The exact Content-Type value to send and sign.</summary>
    public string? ContentType { get; init; }
}
