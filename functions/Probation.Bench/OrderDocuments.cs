using System.Globalization;
using System.Text.Json.Nodes;

namespace Probation.Bench;

/// <summary>
/// The documents the order workload posts: docs/examples/order.json (copied beside the bench) with an order id and a
/// CRN of their own per order, sentenced on the bench's date; and one induction appointment per staff event.
/// </summary>
internal sealed class OrderDocuments(DateOnly today)
{
    private const string TemplateFile = "order.json";

    private readonly string _template = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, TemplateFile));
    private readonly string _today = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string OrderId(int n) => string.Create(CultureInfo.InvariantCulture, $"BENCH-{n:D6}");

    /// <summary>Order <paramref name="n"/>: its own order id and CRN; no NOMS number or PNC, which are optional and unique to a person.</summary>
    public string Order(int n)
    {
        var order = JsonNode.Parse(_template)!.AsObject();
        order["orderId"] = OrderId(n);
        order["sentenceDate"] = _today;
        var person = order["person"]!.AsObject();
        person["crn"] = string.Create(CultureInfo.InvariantCulture, $"B{n % 1_000_000:D6}");
        person.Remove("nomsNumber");
        person.Remove("pnc");
        return order.ToJsonString();
    }

    public static string EventId(int i) => string.Create(CultureInfo.InvariantCulture, $"bench-ev-{i:D6}");

    /// <summary>Staff event <paramref name="i"/>: an attended induction, its own event and appointment ids.</summary>
    public string Appointment(int i) => new JsonObject
    {
        ["eventId"] = EventId(i),
        ["staffId"] = "S0042",
        ["appointmentId"] = string.Create(CultureInfo.InvariantCulture, $"APT-{i:D6}"),
        ["date"] = _today,
        ["kind"] = "Induction",
        ["outcome"] = "Attended",
    }.ToJsonString();
}
