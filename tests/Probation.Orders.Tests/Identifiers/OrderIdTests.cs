namespace Probation.Orders.Identifiers;

public sealed class OrderIdTests
{
    [Theory]
    [InlineData("ORD-2026-000123", true)]
    [InlineData("abc", true)]
    [InlineData("ab", false)]
    [InlineData("-ORD-1", false)]
    [InlineData("ORD/2026/1", false)]
    [InlineData("ORD 1", false)]
    public void IsWellFormed_Value_KeepsToKeySafeCharacters(string value, bool expected)
    {
        var orderId = new OrderId(value);

        var wellFormed = orderId.IsWellFormed;

        Assert.Equal(expected, wellFormed);
    }

    [Fact]
    public void IsWellFormed_SixtyFiveCharacters_False()
    {
        var orderId = new OrderId(new string('A', 65));

        var wellFormed = orderId.IsWellFormed;

        Assert.False(wellFormed);
    }
}
