namespace Probation.Orders.Identifiers;

public sealed class CrnTests
{
    [Fact]
    public void IsWellFormed_LetterAndSixDigits_True()
    {
        var crn = new Crn("X123456");

        var wellFormed = crn.IsWellFormed;

        Assert.True(wellFormed);
    }

    [Theory]
    [InlineData("x123456")]
    [InlineData("X12345")]
    [InlineData("X1234567")]
    [InlineData("123456X")]
    [InlineData("X123456\n")]
    [InlineData("")]
    public void IsWellFormed_OtherShapes_False(string value)
    {
        var crn = new Crn(value);

        var wellFormed = crn.IsWellFormed;

        Assert.False(wellFormed);
    }

    [Fact]
    public void IsWellFormed_Default_False()
    {
        var crn = default(Crn);

        var wellFormed = crn.IsWellFormed;

        Assert.False(wellFormed);
    }
}
