using System.Text.Json.Nodes;

namespace Probation.Functions.Orders;

/// <summary>
/// Order documents for the tests: README's example, docs/examples/order.json (API.md's example with the PNC check letter
/// its rule gives), under a given id.
/// </summary>
internal static class OrderSamples
{
    public static readonly string ApiExample = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "order.json"));

    /// <summary>A new order id, unique per call, in the court's format.</summary>
    public static string NewOrderId() => $"ORD-2026-{Random.Shared.Next(100_000, 999_999)}";

    public static string CommunityOrder(string orderId, Action<JsonObject>? change = null)
    {
        var document = JsonNode.Parse(ApiExample)!.AsObject();
        document["orderId"] = orderId;
        change?.Invoke(document);
        return document.ToJsonString();
    }
}
