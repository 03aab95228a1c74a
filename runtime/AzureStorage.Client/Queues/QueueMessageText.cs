using System.Text;

namespace AzureStorage.Client.Queues;

/// <summary>
/// Base64 helpers for message text. The client sends text as given; binary payloads, or text with
/// characters XML cannot carry, go base64-encoded, which is also what the Azure Functions queue
/// trigger and the .NET SDK's Base64 message encoding expect.
/// </summary>
public static class QueueMessageText
{
    /// <summary>Encodes bytes as base64 message text.</summary>
    public static string ToBase64(ReadOnlySpan<byte> bytes) => Convert.ToBase64String(bytes);

    /// <summary>Encodes text as UTF-8, then base64.</summary>
    public static string ToBase64(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>Decodes base64 message text to bytes.</summary>
    /// <exception cref="FormatException">The text is not base64.</exception>
    public static byte[] FromBase64(string messageText)
    {
        ArgumentNullException.ThrowIfNull(messageText);
        return Convert.FromBase64String(messageText);
    }

    /// <summary>Decodes base64 message text to bytes, then UTF-8 text.</summary>
    /// <exception cref="FormatException">The text is not base64.</exception>
    public static string FromBase64ToString(string messageText) => Encoding.UTF8.GetString(FromBase64(messageText));
}
