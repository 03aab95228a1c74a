using System.Text;

namespace Probation.Functions.Orders;

/// <summary>A queue message's text as an order document: plain JSON, or base64 of it (as the Functions queue trigger takes).</summary>
internal static class CourtOrderText
{
    public static string? Decode(string text)
    {
        var trimmed = text.AsSpan().Trim();
        if (trimmed.Length > 0 && trimmed[0] is '{' or '[')
        {
            return text;
        }

        var buffer = new byte[(trimmed.Length * 3 / 4) + 3];
        if (!Convert.TryFromBase64Chars(trimmed, buffer, out var written))
        {
            return null;
        }

        var decoded = new UTF8Encoding(false, throwOnInvalidBytes: true);
        try
        {
            var json = decoded.GetString(buffer, 0, written);
            return json.TrimStart().StartsWith('{') ? json : null;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
