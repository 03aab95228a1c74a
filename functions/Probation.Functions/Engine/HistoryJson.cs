using System.Collections.Frozen;
using DurableTask.Core.History;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Probation.Functions.Engine;

/// <summary>
/// Reads the history the Azure Storage provider returns as JSON (its events without type names) back into the
/// engine's event types, by each event's <c>EventType</c>: <c>TaskScheduled</c> is a <see cref="TaskScheduledEvent"/>.
/// </summary>
internal static class HistoryJson
{
    private static readonly FrozenDictionary<EventType, Type> Types = typeof(HistoryEvent).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(HistoryEvent)) && !t.IsAbstract)
        .Select(t => (Type: t, Name: t.Name.EndsWith("Event", StringComparison.Ordinal) && t.Name != nameof(GenericEvent) ? t.Name[..^"Event".Length] : t.Name))
        .Where(t => Enum.TryParse<EventType>(t.Name, out _))
        .ToFrozenDictionary(t => Enum.Parse<EventType>(t.Name), t => t.Type);

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        ConstructorHandling = ConstructorHandling.AllowNonPublicDefaultConstructor,
        DateTimeZoneHandling = DateTimeZoneHandling.Utc,
    });

    public static IList<HistoryEvent> Read(string json)
    {
        var events = new List<HistoryEvent>();
        foreach (var item in JArray.Parse(json).OfType<JObject>())
        {
            var kind = item.Value<int?>(nameof(HistoryEvent.EventType)) is { } value ? (EventType)value : (EventType?)null;
            if (kind is { } known && Types.TryGetValue(known, out var type) && item.ToObject(type, Serializer) is HistoryEvent read)
            {
                events.Add(read);
            }
        }

        return events;
    }
}
