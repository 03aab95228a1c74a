namespace AzureStorage.Client.Tables;

/// <summary>
/// Just enough MIME multipart parsing for <c>$batch</c> answers: the boundary of a Content-Type, the
/// parts between boundary lines, and the header block of a part or of an embedded HTTP response.
/// </summary>
internal static class MultipartReader
{
    public static string? Boundary(string? contentType)
    {
        if (contentType is null)
        {
            return null;
        }

        var parameter = contentType.Split(';', StringSplitOptions.TrimEntries)
            .FirstOrDefault(p => p.StartsWith("boundary=", StringComparison.OrdinalIgnoreCase));
        return parameter?["boundary=".Length..].Trim('"');
    }

    public static IReadOnlyList<string> Parts(string body, string boundary)
    {
        var delimiter = "--" + boundary;
        var parts = new List<string>();
        foreach (var segment in body.Split(delimiter).Skip(1))
        {
            if (segment.StartsWith("--", StringComparison.Ordinal))
            {
                break;
            }

            parts.Add(segment.Trim('\r', '\n'));
        }

        return parts;
    }

    /// <summary>Splits a header block from what follows the first empty line.</summary>
    public static (Dictionary<string, string> Headers, string Content) Headers(string text)
    {
        var normalised = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var end = normalised.IndexOf("\n\n", StringComparison.Ordinal);
        var block = end < 0 ? normalised : normalised[..end];
        var content = end < 0 ? string.Empty : normalised[(end + 2)..];
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in block.Split('\n'))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        return (headers, content);
    }
}
