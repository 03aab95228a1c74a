using System.Buffers.Text;
using System.Text;

namespace Durable.Client;

/// <summary>Opaque continuation tokens that carry the last instance id of a page.</summary>
internal static class ContinuationToken
{
    public static string Encode(string lastInstanceId) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(lastInstanceId));

    public static string? Decode(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
        }
        catch (FormatException exception)
        {
            throw new ArgumentException("The continuation token is not one this service issued.", nameof(token), exception);
        }
    }
}
