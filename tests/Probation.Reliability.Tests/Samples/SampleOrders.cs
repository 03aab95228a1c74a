using System.Text.Json.Nodes;
using Bogus;

namespace Probation.Reliability.Samples;

/// <summary>
/// Order documents for the suite: API.md's example (docs/examples/order.json) under a given id, for a person Bogus
/// makes up. Names carry a made-up tail so a search of the logs for them finds nothing by chance.
/// </summary>
internal sealed class SampleOrders(int seed)
{
    private static readonly string ApiExample = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "order.json"));

    private readonly Faker _faker = new() { Random = new Randomizer(seed) };
    private readonly List<string> _personal = [];

    /// <summary>Every name and date of birth handed out so far: none may appear in a log.</summary>
    public IReadOnlyList<string> PersonalData
    {
        get
        {
            lock (_personal)
            {
                return [.. _personal];
            }
        }
    }

    public static JsonObject Example(string orderId)
    {
        var document = JsonNode.Parse(ApiExample)!.AsObject();
        document["orderId"] = orderId;
        return document;
    }

    /// <summary>A valid community order under <paramref name="orderId"/> for a new made-up person.</summary>
    public JsonObject CommunityOrder(string orderId)
    {
        lock (_personal)
        {
            var document = Example(orderId);
            var person = document["person"]!;
            var given = _faker.Name.FirstName() + _faker.Random.String2(3, "qxzjv");
            var family = _faker.Name.LastName() + _faker.Random.String2(3, "qxzjv");
            var birth = DateOnly.FromDateTime(_faker.Date.Between(new DateTime(1950, 1, 1), new DateTime(2005, 12, 31))).ToString("yyyy-MM-dd");
            person["givenName"] = given;
            person["familyName"] = family;
            person["dateOfBirth"] = birth;
            person["crn"] = "X" + _faker.Random.Int(100_000, 999_999);
            _personal.AddRange([given, family, birth]);
            return document;
        }
    }
}
