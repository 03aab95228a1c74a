using System.Net;

namespace AzureStorage.Client.Tables;

/// <summary>One embedded HTTP response of a <c>$batch</c> answer.</summary>
internal sealed record TableBatchPart(HttpStatusCode Status, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public bool IsSuccess => (int)Status is >= 200 and < 300;

    public ETag? ETag => Headers.TryGetValue("ETag", out var etag) ? new ETag(etag) : null;
}
