namespace Probation.Orders.Identifiers;

public sealed class NomsNumberTests
{
    [Theory]
    [InlineData("A1234BC", true)]
    [InlineData("A8473EA", true)]
    [InlineData("A1234B", false)]
    [InlineData("AB1234C", false)]
    [InlineData("a1234bc", false)]
    public void IsWellFormed_Value_MatchesPattern(string value, bool expected)
    {
        var noms = new NomsNumber(value);

        var wellFormed = noms.IsWellFormed;

        Assert.Equal(expected, wellFormed);
    }
}
