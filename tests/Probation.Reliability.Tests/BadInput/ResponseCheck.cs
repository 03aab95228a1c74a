using System.Net;
using System.Text.Json;

namespace Probation.Reliability.BadInput;

/// <summary>
/// What API.md asks of every answer to a bad request: never 5xx; an error is problem details (<c>application/problem+json</c>
/// with its <c>status</c> and a <c>title</c>); a 400 to a JSON object body or a bad query value lists the field in <c>errors</c>.
/// </summary>
internal static class ResponseCheck
{
    /// <summary>
    /// Kestrel answers a path holding a NUL (<c>%00</c>) with a bare 400 before any of the app's code runs; no
    /// middleware can give it a body, so it is counted apart.
    /// </summary>
    public static bool IsRefusedByKestrel(MalformedRequest request, int code, string? mediaType, string body) =>
        code == 400 && mediaType is null && body.Length == 0 && request.Path.Contains("%00", StringComparison.Ordinal);

    /// <summary>Null when the answer is right, else what is wrong with it.</summary>
    public static string? Fault(MalformedRequest request, HttpStatusCode status, string? mediaType, string body)
    {
        var code = (int)status;
        if (code >= 500)
        {
            return $"{code}";
        }

        if (code < 400)
        {
            return null;
        }

        if (IsRefusedByKestrel(request, code, mediaType, body))
        {
            return null;
        }

        if (mediaType != "application/problem+json")
        {
            return $"{code} as {mediaType ?? "no content type"}";
        }

        try
        {
            using var problem = JsonDocument.Parse(body);
            var root = problem.RootElement;
            if (!root.TryGetProperty("status", out var statusField) || statusField.GetInt32() != code || !root.TryGetProperty("title", out _))
            {
                return $"{code} problem without status or title";
            }

            var namesField = root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object && errors.EnumerateObject().Any();
            return code == 400 && request.NamesField && !namesField ? "400 naming no field" : null;
        }
        catch (JsonException)
        {
            return $"{code} problem that is not JSON";
        }
    }
}
