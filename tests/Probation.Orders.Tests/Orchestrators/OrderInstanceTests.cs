using Probation.Orders.Identifiers;

namespace Probation.Orders.Orchestrators;

public sealed class OrderInstanceTests
{
    [Fact]
    public void IdFor_CourtOrderId_PrefixedInstanceId()
    {
        // Arrange
        var orderId = new OrderId("ORD-2026-000123");

        // Act
        var instanceId = OrderInstance.IdFor(orderId);

        // Assert
        Assert.Equal("order-ORD-2026-000123", instanceId);
    }

    [Theory]
    [InlineData("ORD/2026")]
    [InlineData("")]
    public void IdFor_MalformedOrderId_Throws(string value)
    {
        // Arrange
        var orderId = new OrderId(value);

        // Act and assert
        Assert.Throws<ArgumentException>(() => OrderInstance.IdFor(orderId));
    }
}
