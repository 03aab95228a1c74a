namespace Probation.Orders.Documents;

public sealed class CustodyDetailsTests
{
    [Fact]
    public void ReleaseDate_WithParoleEligibility_IsThatDate()
    {
        var custody = new CustodyDetails(new DateOnly(2030, 3, 1), new DateOnly(2031, 3, 1), false, new DateOnly(2029, 3, 1));

        var release = custody.ReleaseDate;

        Assert.Equal(new DateOnly(2029, 3, 1), release);
    }

    [Fact]
    public void ReleaseDate_WithoutParoleEligibility_IsTheExpectedReleaseDate()
    {
        var custody = new CustodyDetails(new DateOnly(2030, 3, 1), new DateOnly(2031, 3, 1), false);

        var release = custody.ReleaseDate;

        Assert.Equal(new DateOnly(2030, 3, 1), release);
    }
}
