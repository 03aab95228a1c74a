namespace Probation.Orders.Tiering;

public sealed class TierTests
{
    [Theory]
    [InlineData(1, StaffGrade.ProbationServiceOfficer)]
    [InlineData(2, StaffGrade.ProbationServiceOfficer)]
    [InlineData(3, StaffGrade.ProbationOfficer)]
    [InlineData(4, StaffGrade.ProbationOfficer)]
    public void HeldBy_Tier_PoForTiers3And4(int value, StaffGrade expected)
    {
        var tier = new Tier(value, "r", false);

        var grade = tier.HeldBy;

        Assert.Equal(expected, grade);
    }
}
