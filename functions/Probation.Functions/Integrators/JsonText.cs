using System.Text.Json;
using System.Text.Json.Nodes;

namespace Probation.Functions.Integrators;

/// <summary>Stored payloads as JSON values: parsed when they are JSON, as a string otherwise (as Durable Functions does).</summary>
internal static class JsonText
{
    public static JsonNode? Parse(string? serialized)
    {
        if (serialized is null)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(serialized);
        }
        catch (JsonException)
        {
            return JsonValue.Create(serialized);
        }
    }

    /// <summary>Durable Functions' status time format: whole seconds, UTC, with a Z.</summary>
    public static string StatusTime(DateTime time) =>
        DateTime.SpecifyKind(time, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    public static string EventTime(DateTime time) =>
        DateTime.SpecifyKind(time, DateTimeKind.Utc).ToString("o", System.Globalization.CultureInfo.InvariantCulture);
}
