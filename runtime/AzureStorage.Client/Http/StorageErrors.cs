using System.Net;
using System.Text.Json;
using System.Xml;

namespace AzureStorage.Client.Http;

/// <summary>
/// Maps an error response to a typed exception. Only the error code and the first line of the service's
/// message are kept: later lines (request ids, authentication details that can echo a signature) are
/// dropped.
/// </summary>
internal static class StorageErrors
{
    private const int MaxMessageLength = 300;

    public static StorageRequestException FromResponse(StorageResponse response)
    {
        var (bodyCode, message) = ReadBody(response.Body);
        var code = response.Header("x-ms-error-code") ?? bodyCode;
        return response.Status switch
        {
            HttpStatusCode.NotFound => new StorageNotFoundException(response.Operation, response.Attempts, code, message),
            HttpStatusCode.Conflict => new StorageConflictException(response.Operation, response.Attempts, code, message),
            HttpStatusCode.PreconditionFailed => new StoragePreconditionFailedException(response.Operation, response.Attempts, code, message),
            _ => new StorageRequestException(response.Operation, response.Attempts, response.Status, code, message),
        };
    }

    /// <summary>Reads the code and message from an XML (Queue) or JSON (Table) error body.</summary>
    public static (string? Code, string? Message) ReadBody(ReadOnlySpan<byte> body)
    {
        var trimmed = body.TrimStart(" \t\r\n\uFEFF"u8);
        try
        {
            return trimmed.IsEmpty ? (null, null)
                : trimmed[0] == (byte)'{' ? ReadJson(trimmed)
                : trimmed[0] == (byte)'<' ? ReadXml(trimmed.ToArray())
                : (null, null);
        }
        catch (Exception e) when (e is JsonException or XmlException)
        {
            return (null, null);
        }
    }

    public static string? FirstLine(string? message)
    {
        if (string.IsNullOrWhiteSpace(message))
        {
            return null;
        }

        var end = message.AsSpan().IndexOfAny('\r', '\n');
        var line = (end < 0 ? message : message[..end]).Trim();
        return line.Length <= MaxMessageLength ? line : line[..MaxMessageLength];
    }

    private static (string?, string?) ReadJson(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        using var document = JsonDocument.ParseValue(ref reader);
        if (!document.RootElement.TryGetProperty("odata.error", out var error)
            && !document.RootElement.TryGetProperty("error", out error))
        {
            return (null, null);
        }

        var code = error.TryGetProperty("code", out var c) ? c.GetString() : null;
        var message = error.TryGetProperty("message", out var m)
            ? m.ValueKind == JsonValueKind.Object && m.TryGetProperty("value", out var v) ? v.GetString() : m.ToString()
            : null;
        return (code, FirstLine(message));
    }

    private static (string?, string?) ReadXml(byte[] body)
    {
        using var stream = new MemoryStream(body);
        using var reader = XmlReader.Create(stream, SafeXml.ReaderSettings);
        string? code = null, message = null;
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "Code")
            {
                code = reader.ReadElementContentAsString();
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "Message")
            {
                message = reader.ReadElementContentAsString();
            }
            else
            {
                reader.Read();
            }
        }

        return (code, FirstLine(message));
    }
}
