using System.Net;
using System.Net.Http.Headers;

namespace AzureStorage.Client.Http;

/// <summary>A fully buffered answer from the service, with the attempt that produced it.</summary>
internal sealed record StorageResponse(
    string Operation,
    int Attempts,
    HttpStatusCode Status,
    HttpResponseHeaders Headers,
    string? ContentType,
    byte[] Body)
{
    public bool IsSuccess => (int)Status is >= 200 and < 300;

    public string? Header(string name) =>
        Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    /// <summary>Returns this response when it succeeded, otherwise throws the typed error it carries.</summary>
    public StorageResponse EnsureSuccess() => IsSuccess ? this : throw StorageErrors.FromResponse(this);
}
