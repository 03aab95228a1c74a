using System.Text.Json;
using Probation.Orders.Documents;
using Probation.Orders.Support;

namespace Probation.Orders.Validation;

public sealed class OrderJsonTests
{
    [Fact]
    public void Serialize_Order_CamelCaseEnumNamesIsoDates()
    {
        var order = Samples.CustodyOrder();

        var json = JsonSerializer.Serialize(order, OrderJson.Options);

        Assert.Contains("\"orderType\":\"Custody\"", json, StringComparison.Ordinal);
        Assert.Contains("\"sentenceDate\":\"2026-12-23\"", json, StringComparison.Ordinal);
        Assert.Contains("\"crn\":\"X123456\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("releaseDate\"", json.Replace("expectedReleaseDate", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_SerializedOrder_EqualsTheOriginal()
    {
        var order = Samples.CustodyOrder();

        var copy = JsonSerializer.Deserialize<OrderDocument>(JsonSerializer.Serialize(order, OrderJson.Options), OrderJson.Options);

        Assert.Equal(order, copy);
    }

    [Fact]
    public void Deserialize_EnumAsNumber_Refused()
    {
        var json = "3";

        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<OrderType>(json, OrderJson.Options));
    }
}
