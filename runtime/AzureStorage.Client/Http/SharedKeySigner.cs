using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AzureStorage.Client.Http;

/// <summary>
/// Shared Key authorisation: "Shared Key for Blob, Queue and File services" for queues and "Shared Key
/// for Table service" for tables. The string to sign is built from the message as it will be sent, so
/// what is signed is exactly what goes on the wire.
/// </summary>
internal static class SharedKeySigner
{
    public static void Sign(HttpRequestMessage request, StorageService service, StorageAccount account)
    {
        var stringToSign = service == StorageService.Queue
            ? QueueStringToSign(request, account.Name)
            : TableStringToSign(request, account.Name);
        var signature = Convert.ToBase64String(HMACSHA256.HashData(account.Key, Encoding.UTF8.GetBytes(stringToSign)));
        request.Headers.TryAddWithoutValidation("Authorization", $"SharedKey {account.Name}:{signature}");
    }

    internal static string QueueStringToSign(HttpRequestMessage request, string account)
    {
        var content = request.Content?.Headers;
        var length = content?.ContentLength is > 0 and var l ? l.ToString(CultureInfo.InvariantCulture) : string.Empty;
        var builder = new StringBuilder()
            .Append(request.Method.Method).Append('\n')
            .Append(Join(content?.ContentEncoding)).Append('\n')
            .Append(Join(content?.ContentLanguage)).Append('\n')
            .Append(length).Append('\n')
            .Append('\n') // Content-MD5 is never sent.
            .Append(content?.ContentType?.ToString()).Append('\n')
            .Append('\n') // Date: x-ms-date is used instead and signed among the canonical headers.
            .Append('\n') // If-Modified-Since
            .Append(Single(request, "If-Match")).Append('\n')
            .Append('\n') // If-None-Match
            .Append('\n') // If-Unmodified-Since
            .Append('\n'); // Range
        AppendCanonicalHeaders(builder, request);
        builder.Append('/').Append(account).Append(request.RequestUri!.AbsolutePath);
        AppendCanonicalQuery(builder, request.RequestUri.Query);
        return builder.ToString();
    }

    internal static string TableStringToSign(HttpRequestMessage request, string account)
    {
        var builder = new StringBuilder()
            .Append(request.Method.Method).Append('\n')
            .Append('\n') // Content-MD5 is never sent.
            .Append(request.Content?.Headers.ContentType?.ToString()).Append('\n')
            .Append(Single(request, "x-ms-date")).Append('\n')
            .Append('/').Append(account).Append(request.RequestUri!.AbsolutePath);
        var comp = QueryParameters(request.RequestUri.Query).FirstOrDefault(p => p.Key == "comp");
        if (comp.Key is not null)
        {
            builder.Append("?comp=").Append(comp.Value);
        }

        return builder.ToString();
    }

    private static void AppendCanonicalHeaders(StringBuilder builder, HttpRequestMessage request)
    {
        var headers = request.Headers
            .Where(h => h.Key.StartsWith("x-ms-", StringComparison.OrdinalIgnoreCase))
            .Select(h => (Name: h.Key.ToLowerInvariant(), Value: string.Join(',', h.Value.Select(v => v.Trim()))))
            .OrderBy(h => h.Name, StringComparer.Ordinal);
        foreach (var (name, value) in headers)
        {
            builder.Append(name).Append(':').Append(value).Append('\n');
        }
    }

    private static void AppendCanonicalQuery(StringBuilder builder, string query)
    {
        var parameters = QueryParameters(query)
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in parameters)
        {
            var values = group.Select(p => p.Value).Order(StringComparer.Ordinal);
            builder.Append('\n').Append(group.Key).Append(':').AppendJoin(',', values);
        }
    }

    private static IEnumerable<KeyValuePair<string, string>> QueryParameters(string query) =>
        query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Select(parts => KeyValuePair.Create(
                Uri.UnescapeDataString(parts[0]).ToLowerInvariant(),
                parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : string.Empty));

    private static string Join(ICollection<string>? values) => values is null ? string.Empty : string.Join(',', values);

    private static string? Single(HttpRequestMessage request, string name) =>
        request.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
