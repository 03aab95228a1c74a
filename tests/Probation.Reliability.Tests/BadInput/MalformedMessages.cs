using System.Text;
using Bogus;
using Probation.Reliability.Samples;

namespace Probation.Reliability.BadInput;

/// <summary>
/// Bad <c>court-orders</c> messages: base64 garbage, base64 of bytes that are not UTF-8 or JSON, plain text, JSON that
/// is not an object, and order documents broken in one place (<see cref="JsonMutations"/>), plain or base64-encoded.
/// Each document has an order id of its own, so a message that a mutation leaves valid starts its own order.
/// </summary>
internal sealed class MalformedMessages(int seed)
{
    private const int QueueLimit = 64 * 1024;

    private readonly Faker _faker = new() { Random = new Randomizer(seed) };
    private int _next;

    public (string Kind, string Text) Next()
    {
        var (kind, text) = _faker.Random.Int(0, 9) switch
        {
            0 => ("base64 garbage", Convert.ToBase64String(_faker.Random.Bytes(_faker.Random.Int(1, 3_000)))),
            1 => ("plain text", _faker.Lorem.Paragraph()),
            2 => ("not a JSON object", _faker.PickRandom("[]", "42", "\"order\"", "null", "{", "[{\"orderId\":1}]")),
            3 => ("truncated JSON", Truncated()),
            < 8 => Mutated(base64: false),
            _ => Mutated(base64: true),
        };

        // A message over the queue's limit never reaches the host: the put itself is refused (the limits test shows it).
        return Encoding.UTF8.GetByteCount(text) > QueueLimit ? ("huge string, cut to the queue's limit", text[..(QueueLimit / 2)]) : (kind, text);
    }

    private (string Kind, string Text) Mutated(bool base64)
    {
        var document = SampleOrders.Example($"ORD-2026-{++_next + 300_000}");
        var mutation = JsonMutations.Mutate(_faker, document);
        var json = JsonMutations.Serialize(document);
        return base64 ? ("base64 " + mutation, Convert.ToBase64String(Encoding.UTF8.GetBytes(json))) : (mutation, json);
    }

    private string Truncated()
    {
        var json = SampleOrders.Example("ORD-2026-000001").ToJsonString();
        return json[.._faker.Random.Int(1, json.Length - 2)];
    }
}
