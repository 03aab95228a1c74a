using System.Text.Json;
using Durable.History;

namespace Durable.AzureStorage.Rows;

/// <summary>
/// JSON for the records stored in rows: the history event options (event type as discriminator), but compact, since
/// every byte is written on each commit and counts towards the property and batch limits.
/// </summary>
internal static class RowJson
{
    private static readonly JsonSerializerOptions Options = new(HistoryJson.Options) { WriteIndented = false };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"A stored {typeof(T).Name} is null.");
}
