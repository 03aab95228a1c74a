using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Durable.History;

/// <summary>
/// Reads and writes histories as JSON: an array of events, each with its <c>eventType</c> first. The format of exported
/// histories and of the golden histories that replay tests check in.
/// </summary>
public static class HistoryJson
{
    /// <summary>
    /// The serializer options for history events and the records that carry them (messages, activity calls): web
    /// defaults, enums by name, and the event type as discriminator.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,

        // Histories are files people read and diff; payloads are JSON inside strings, so keep quotes readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        AllowOutOfOrderMetadataProperties = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Writes a history as indented JSON.</summary>
    /// <param name="history">The events.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(IReadOnlyList<HistoryEvent> history) => JsonSerializer.Serialize(history, Options);

    /// <summary>Reads a history written by <see cref="Serialize"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The events.</returns>
    /// <exception cref="JsonException">The text is not a history.</exception>
    public static IReadOnlyList<HistoryEvent> Deserialize(string json) =>
        JsonSerializer.Deserialize<List<HistoryEvent>>(json, Options) ?? throw new JsonException("The history is null.");
}
