using System.Text.Json.Nodes;
using Bogus;

namespace Probation.Reliability.BadInput;

/// <summary>
/// Breaks a valid JSON document in one place: a field removed, one added, a value of the wrong type, a huge string,
/// deep nesting, an invalid date, a bad id, an unknown enum name or an extreme number. The document stays a JSON
/// object, so the service must answer with the field it objects to.
/// </summary>
internal static partial class JsonMutations
{
    private const string DeepMarker = "__deep_nesting_";

    private static readonly string[] BadDates = ["2026-02-30", "31/12/2026", "", "9999-99-99", "2026-13-01", "yesterday", "0000-00-00", "2026-12-23T25:00:00Z", "-0001-01-01", "1e10"];
    private static readonly string[] BadIds = ["", " ", "a/b", "../../etc/passwd", "Ördér-ü", "id\u0000nul", "%2F%2E%2E", "'; DROP TABLE x;--", "\ud83d\ude00", "#?&"];

    /// <summary>Applies one mutation to a random place of <paramref name="document"/> and names it.</summary>
    public static string Mutate(Faker faker, JsonObject document)
    {
        var places = Places(document).ToList();
        var (parent, key) = faker.PickRandom(places);
        switch (faker.Random.Int(0, 8))
        {
            case 0:
                Remove(parent, key);
                return "missing field";
            case 1:
                (parent as JsonObject ?? document)[faker.Random.AlphaNumeric(8)] = faker.Lorem.Word();
                return "extra field";
            case 2:
                Set(parent, key, WrongType(faker));
                return "wrong type";
            case 3:
                Set(parent, key, new string('x', faker.Random.Int(10_000, 400_000)));
                return "huge string";
            case 4:
                Set(parent, key, $"{DeepMarker}{faker.Random.Int(65, 3_000)}__");
                return "deep nesting";
            case 5:
                Set(parent, key, faker.PickRandom(BadDates));
                return "invalid date";
            case 6:
                Set(parent, key, faker.Random.Bool(0.2f) ? new string('7', 300) : faker.PickRandom(BadIds));
                return "bad id";
            case 7:
                Set(parent, key, faker.Hacker.Noun() + faker.Random.Int());
                return "unknown value";
            default:
                Set(parent, key, JsonValue.Create(faker.PickRandom(1e308, -1d, 2147483648d, 0.5d, -0d, 1e-320)));
                return "extreme number";
        }
    }

    private static JsonNode? WrongType(Faker faker) => faker.Random.Int(0, 5) switch
    {
        0 => JsonValue.Create(faker.Random.Int()),
        1 => JsonValue.Create(faker.Random.Bool()),
        2 => JsonValue.Create(faker.Lorem.Sentence()),
        3 => new JsonArray(JsonValue.Create(1), JsonValue.Create("a")),
        4 => new JsonObject { ["x"] = 1 },
        _ => null,
    };

    /// <summary>
    /// The document's text. Deep nesting is spliced in as text: the writer itself refuses to go past 64 levels, which
    /// is the point of sending it.
    /// </summary>
    public static string Serialize(JsonNode document) =>
        DeepNesting().Replace(document.ToJsonString(), match =>
        {
            var depth = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            return new string('[', depth) + new string(']', depth);
        });

    [System.Text.RegularExpressions.GeneratedRegex("\"__deep_nesting_([0-9]+)__\"")]
    private static partial System.Text.RegularExpressions.Regex DeepNesting();

    /// <summary>Every (container, key or index) in the document, at any depth.</summary>
    private static IEnumerable<(JsonNode Parent, object Key)> Places(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    yield return (obj, name);
                    if (child is not null)
                    {
                        foreach (var place in Places(child))
                        {
                            yield return place;
                        }
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    yield return (array, i);
                    if (array[i] is { } child)
                    {
                        foreach (var place in Places(child))
                        {
                            yield return place;
                        }
                    }
                }

                break;
        }
    }

    private static void Remove(JsonNode parent, object key)
    {
        if (parent is JsonObject obj)
        {
            obj.Remove((string)key);
        }
        else
        {
            ((JsonArray)parent).RemoveAt((int)key);
        }
    }

    private static void Set(JsonNode parent, object key, JsonNode? value)
    {
        if (parent is JsonObject obj)
        {
            obj[(string)key] = value;
        }
        else
        {
            ((JsonArray)parent)[(int)key] = value;
        }
    }
}
