using System.Text.Json;
using Durable.History;

namespace Durable.AzureStorage.Rows;

/// <summary>JSON for the records stored in rows, with the history event options (event type as discriminator).</summary>
internal static class RowJson
{
    public static string Write<T>(T value) => JsonSerializer.Serialize(value, HistoryJson.Options);

    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, HistoryJson.Options) ?? throw new JsonException($"A stored {typeof(T).Name} is null.");
}
