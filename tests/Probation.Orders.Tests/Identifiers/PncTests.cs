namespace Probation.Orders.Identifiers;

public sealed class PncTests
{
    // Valid PNCs from hmpps-person-record's PNCIdValidatorTest, the service DOMAIN.md's rule comes from.
    [Theory]
    [InlineData("2001/0171310W")]
    [InlineData("2011/0275516Q")]
    [InlineData("2008/0056560Z")]
    [InlineData("2003/0062845E")]
    [InlineData("1981/0154257C")]
    public void HasValidCheckLetter_KnownGoodPncs_True(string value)
    {
        var pnc = new Pnc(value);

        var valid = pnc.HasValidCheckLetter;

        Assert.True(valid);
    }

    [Theory]
    [InlineData("2001/0171310S")]
    [InlineData("2008/0056560A")]
    public void HasValidCheckLetter_WrongLetter_False(string value)
    {
        var pnc = new Pnc(value);

        var valid = pnc.HasValidCheckLetter;

        Assert.False(valid);
    }

    [Fact]
    public void HasValidCheckLetter_ApiMdExample_FalseBecauseItsLetterIsZNotL()
    {
        var pnc = new Pnc("2026/0123456Z");

        var valid = pnc.HasValidCheckLetter;

        Assert.False(valid);
        Assert.Equal('L', Pnc.ExpectedCheckLetter(pnc.Value));
    }

    [Fact]
    public void ExpectedCheckLetter_RemainderZero_IsZ()
    {
        var value = "2008/0056560?";

        var letter = Pnc.ExpectedCheckLetter(value);

        Assert.Equal('Z', letter);
    }

    [Theory]
    [InlineData("26/0123456L")]
    [InlineData("20260123456L")]
    [InlineData("2026/123456L")]
    [InlineData("2026/0123456l")]
    public void IsWellFormed_NonCanonicalForms_False(string value)
    {
        var pnc = new Pnc(value);

        var wellFormed = pnc.IsWellFormed;

        Assert.False(wellFormed);
        Assert.False(pnc.HasValidCheckLetter);
    }
}
