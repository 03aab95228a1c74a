using System.Text;
using System.Text.Json.Nodes;
using Bogus;
using Probation.Reliability.Samples;

namespace Probation.Reliability.BadInput;

/// <summary>
/// Generates bad requests across every route of API.md (and <c>/admin/clock</c>, <c>/openapi</c>, <c>/health</c>):
/// mutated JSON bodies, bodies that are not JSON, wrong content types, oversize bodies, bad path ids and bad query
/// values, and wrong verbs. Seeded, so a failing request can be made again.
/// </summary>
internal sealed class MalformedRequests(int seed, string existingOrderId)
{
    private const string Management = "/runtime/webhooks/durabletask/instances";

    private static readonly string[] ContentTypes =
        ["application/json", "application/json", "application/json", "text/plain", "application/xml", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/json; charset=latin1", "nonsense/"];

    private static readonly string[] NotJson =
        ["{ not json", "<order><id>1</id></order>", "", "null", "[]", "42", "\"text\"", "true", "{\"a\":1,\"a\":2}", "{\"a\":1,}", "{/*c*/}", "{\"a\":NaN}", "\uFEFF{", "{\"orderId\":"];

    private static readonly string[] BadPathIds =
        ["x", new string('A', 300), "a%2Fb", "%2E%2E", "~", "'", "order%00", "%F0%9F%98%80", "Ördér", "a%23b", "a%3Fb", "%20", "a.b", "-", "%25"];

    private readonly Faker _faker = new() { Random = new Randomizer(seed) };

    public MalformedRequest Next() => _faker.Random.Int(0, 99) switch
    {
        < 45 => MutatedBody(),
        < 60 => NotJsonBody(),
        < 80 => BadPath(),
        < 95 => BadQuery(),
        < 98 => WrongVerb(),
        _ => Oversize(),
    };

    private (string Path, string Body, string Route) BodyRoute()
    {
        var orderId = _faker.Random.Bool() ? existingOrderId : "ORD-2026-" + _faker.Random.Int(100_000, 999_999);
        var pick = _faker.Random.Int(0, 12);
        if (pick < 4)
        {
            return ("/api/orders", SampleOrders.Example(orderId).ToJsonString(), "POST /api/orders");
        }

        if (pick == 12)
        {
            // Backwards, so no mutation makes it a valid move: a move waits for every order to settle, and the fuzzer's
            // own orders keep arriving.
            return ("/admin/clock", """{"advanceTo":"2001-01-01T00:00:00Z"}""", "POST /admin/clock");
        }

        var (route, body) = _faker.PickRandom(StaffEventSamples.ByRoute.ToList());
        return ($"/api/orders/{orderId}/{route}", body, $"POST /api/orders/{{orderId}}/{route}");
    }

    private MalformedRequest MutatedBody()
    {
        var (path, body, route) = BodyRoute();
        var document = JsonNode.Parse(body)!.AsObject();
        var mutation = JsonMutations.Mutate(_faker, document);
        return new MalformedRequest($"{route}: {mutation}", HttpMethod.Post, path, Encoding.UTF8.GetBytes(JsonMutations.Serialize(document)), _faker.PickRandom(ContentTypes), NamesField: true);
    }

    private MalformedRequest NotJsonBody()
    {
        var (path, body, route) = BodyRoute();
        var (kind, bytes) = _faker.Random.Int(0, 4) switch
        {
            0 => ("random bytes", _faker.Random.Bytes(_faker.Random.Int(1, 2_000))),
            1 => ("truncated JSON", Encoding.UTF8.GetBytes(body[.._faker.Random.Int(0, body.Length - 1)])),
            2 => ("base64 garbage", Encoding.ASCII.GetBytes(Convert.ToBase64String(_faker.Random.Bytes(_faker.Random.Int(1, 500))))),
            3 => ("plain text", Encoding.UTF8.GetBytes(_faker.Lorem.Paragraph())),
            _ => ("not a JSON object", Encoding.UTF8.GetBytes(_faker.PickRandom(NotJson))),
        };
        return new MalformedRequest($"{route}: {kind}", HttpMethod.Post, path, bytes, _faker.PickRandom(ContentTypes), NamesField: false);
    }

    private MalformedRequest BadPath()
    {
        var id = _faker.PickRandom(BadPathIds);
        var (method, path, route) = _faker.Random.Int(0, 9) switch
        {
            0 => (HttpMethod.Get, $"/api/orders/{id}", "GET /api/orders/{orderId}"),
            1 => (HttpMethod.Post, $"/api/orders/{id}/appointments", "POST /api/orders/{orderId}/appointments"),
            2 => (HttpMethod.Get, $"/api/staff/{id}/reminders", "GET /api/staff/{staffId}/reminders"),
            3 => (HttpMethod.Get, $"/api/teams/{id}/reminders", "GET /api/teams/{teamId}/reminders"),
            4 => (HttpMethod.Post, $"/api/reminders/{id}/acknowledge", "POST /api/reminders/{reminderId}/acknowledge"),
            5 => (HttpMethod.Get, $"{Management}/{id}", "GET instances/{id}"),
            6 => (HttpMethod.Delete, $"{Management}/{id}", "DELETE instances/{id}"),
            7 => (HttpMethod.Post, $"{Management}/{id}/raiseEvent/{_faker.PickRandom(BadPathIds)}", "POST instances/{id}/raiseEvent/{name}"),
            8 => (HttpMethod.Post, $"{Management}/{id}/{_faker.PickRandom("terminate", "suspend", "resume")}?reason={Uri.EscapeDataString(_faker.Lorem.Sentence())}", "POST instances/{id}/{signal}"),
            _ => (HttpMethod.Get, $"/{id}/{_faker.Lorem.Word()}", "GET unknown route"),
        };
        var body = method == HttpMethod.Post ? Encoding.UTF8.GetBytes(StaffEventSamples.ByRoute["appointments"]) : null;
        return new MalformedRequest($"{route}: bad id", method, path, body, "application/json", NamesField: false);
    }

    private MalformedRequest BadQuery()
    {
        var value = Uri.EscapeDataString(_faker.PickRandom("xyz", "2026-13-01", "-1", "0", "99999999999", "0001-01-01", "9999-12-31T23:59:59Z", "", "1e3", "true", "Running,Bogus", "%", new string('9', 500)));
        var (path, route) = _faker.Random.Int(0, 4) switch
        {
            0 => ($"/api/staff/S0042/reminders?{_faker.PickRandom("state", "from", "to")}={value}", "GET /api/staff/{staffId}/reminders"),
            1 => ($"/api/teams/T07/reminders?{_faker.PickRandom("state", "from", "to")}={value}", "GET /api/teams/{teamId}/reminders"),
            2 => ($"/api/reports/national-standards?from={value}&to=2027-01-01&{_faker.PickRandom("teamId", "x")}={value}", "GET /api/reports/national-standards"),
            3 => ($"{Management}?{_faker.PickRandom("runtimeStatus", "createdTimeFrom", "createdTimeTo", "top", "instanceIdPrefix", "showInput")}={value}", "GET instances"),
            _ => ($"{Management}/order-{existingOrderId}?{_faker.PickRandom("showHistory", "showHistoryOutput", "showInput", "returnInternalServerErrorOnFailure")}={value}", "GET instances/{id}"),
        };
        return new MalformedRequest($"{route}: bad query", HttpMethod.Get, path, null, null, NamesField: true);
    }

    private MalformedRequest WrongVerb()
    {
        var path = _faker.PickRandom("/api/orders", $"/api/orders/{existingOrderId}", "/health", "/openapi/v1.json", "/api/reports/national-standards", Management);
        var method = _faker.PickRandom(HttpMethod.Put, HttpMethod.Patch, HttpMethod.Delete, HttpMethod.Options, new HttpMethod("FOO"));
        return new MalformedRequest($"{method} {path}: wrong verb", method, path, null, null, NamesField: false);
    }

    private MalformedRequest Oversize()
    {
        var (path, _, route) = BodyRoute();
        var body = Encoding.UTF8.GetBytes("{\"note\":\"" + new string('x', _faker.Random.Int(1_048_577, 1_300_000)) + "\"}");
        return new MalformedRequest($"{route}: oversize", HttpMethod.Post, path, body, "application/json", NamesField: false, Chunked: _faker.Random.Bool());
    }
}
