using System.Text.Json.Nodes;

namespace Probation.Functions.Orders;

/// <summary>Order documents for the tests: API.md's example (with the PNC check letter its rule gives), under a given id.</summary>
internal static class OrderSamples
{
    public const string ApiExample = """
        {
          "orderId": "ORD-2026-000123",
          "person": { "crn": "X123456", "nomsNumber": "A1234BC", "pnc": "2026/0123456L",
                      "givenName": "Sam", "familyName": "Doe", "dateOfBirth": "1990-01-31" },
          "court": { "code": "B01GU", "name": "Example Magistrates' Court" },
          "sentenceDate": "2026-12-23",
          "orderType": "CommunityOrder",
          "lengthMonths": 12,
          "requirements": [ { "type": "Supervision" }, { "type": "UnpaidWork", "hours": 120 } ],
          "risk": { "roshLevel": "Medium", "likelihoodOfReoffending": "High", "ppo": false, "mappaLevel": 0 },
          "custody": null,
          "offenderManager": { "staffId": "S0042", "teamId": "T07" }
        }
        """;

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
