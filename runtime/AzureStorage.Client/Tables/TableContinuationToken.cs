using System.Text;
using System.Text.Json;

namespace AzureStorage.Client.Tables;

/// <summary>
/// Packs the x-ms-continuation-NextPartitionKey/NextRowKey pair into one opaque string: base64 of
/// <c>{"nextPartitionKey":…,"nextRowKey":…}</c>, as the Azure SDK for JavaScript does.
/// </summary>
internal static class TableContinuationToken
{
    public static string? Encode(string? nextPartitionKey, string? nextRowKey)
    {
        if (string.IsNullOrEmpty(nextPartitionKey))
        {
            return null;
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("nextPartitionKey", nextPartitionKey);
            if (!string.IsNullOrEmpty(nextRowKey))
            {
                writer.WriteString("nextRowKey", nextRowKey);
            }

            writer.WriteEndObject();
        }

        return Convert.ToBase64String(buffer.ToArray());
    }

    /// <exception cref="ArgumentException">The token was not made by <see cref="Encode"/> or a compatible client.</exception>
    public static (string NextPartitionKey, string? NextRowKey) Decode(string token)
    {
        try
        {
            using var document = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(token)));
            var root = document.RootElement;
            var partition = root.GetProperty("nextPartitionKey").GetString()!;
            var row = root.TryGetProperty("nextRowKey", out var r) ? r.GetString() : null;
            return (partition, row);
        }
        catch (Exception e) when (e is FormatException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new ArgumentException("The continuation token is not one this client or the Azure SDK issued.", nameof(token), e);
        }
    }
}
