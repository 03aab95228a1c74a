using System.Text.Json.Nodes;

namespace Probation.FunctionApp;

/// <summary>API.md's example order (docs/examples/order.json) under a new order id, optionally changed.</summary>
internal static class OrderDocuments
{
    public static string NewOrderId() => $"ORD-2026-{Random.Shared.Next(100_000, 999_999)}";

    public static string CommunityOrder(string orderId, Action<JsonObject>? change = null)
    {
        var document = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "order.json")))!.AsObject();
        document["orderId"] = orderId;
        change?.Invoke(document);
        return document.ToJsonString();
    }
}
