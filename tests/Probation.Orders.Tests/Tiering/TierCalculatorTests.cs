using Probation.Orders.Documents;
using Probation.Orders.Identifiers;

namespace Probation.Orders.Tiering;

public sealed class TierCalculatorTests
{
    [Theory]
    [InlineData(RoshLevel.High, LikelihoodLevel.Low, false, 0, 4, "RoSH High")]
    [InlineData(RoshLevel.VeryHigh, LikelihoodLevel.High, false, 0, 4, "RoSH Very High")]
    [InlineData(RoshLevel.Low, LikelihoodLevel.Low, true, 0, 4, "prolific or priority offender (PPO)")]
    [InlineData(RoshLevel.Low, LikelihoodLevel.Low, false, 2, 4, "MAPPA level 2")]
    [InlineData(RoshLevel.Medium, LikelihoodLevel.Low, false, 3, 4, "MAPPA level 3")]
    [InlineData(RoshLevel.High, LikelihoodLevel.Low, true, 3, 4, "RoSH High, prolific or priority offender (PPO), MAPPA level 3")]
    [InlineData(RoshLevel.Medium, LikelihoodLevel.High, false, 0, 3, "RoSH Medium and likelihood of reoffending High")]
    [InlineData(RoshLevel.Medium, LikelihoodLevel.Medium, false, 1, 3, "RoSH Medium and likelihood of reoffending Medium")]
    [InlineData(RoshLevel.Low, LikelihoodLevel.Low, false, 1, 1, "RoSH Low and likelihood of reoffending Low")]
    [InlineData(RoshLevel.Medium, LikelihoodLevel.Low, false, 0, 2, "RoSH Medium and likelihood of reoffending Low (no rule for tiers 4, 3 or 1 matched)")]
    [InlineData(RoshLevel.Low, LikelihoodLevel.Medium, false, 0, 2, "RoSH Low and likelihood of reoffending Medium (no rule for tiers 4, 3 or 1 matched)")]
    [InlineData(RoshLevel.Low, LikelihoodLevel.High, false, 0, 2, "RoSH Low and likelihood of reoffending High (no rule for tiers 4, 3 or 1 matched)")]
    public void Derive_RiskPicture_FirstMatchingRowOfTheTable(RoshLevel rosh, LikelihoodLevel likelihood, bool ppo, int mappa, int tier, string reason)
    {
        var risk = new Risk(rosh, likelihood, ppo, mappa);

        var derived = TierCalculator.Derive(risk);

        Assert.Equal(new Tier(tier, reason, false), derived);
    }

    [Fact]
    public void Override_WithReason_RecordsWhoWhyAndTheFlag()
    {
        var current = TierCalculator.Derive(new Risk(RoshLevel.Medium, LikelihoodLevel.Low, false, 0));

        var overridden = TierCalculator.Override(current, 3, new StaffId("S0042"), " domestic abuse concerns ");

        Assert.Equal(new Tier(3, "overridden from tier 2 by S0042: domestic abuse concerns", true), overridden);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Override_TierOutOfRange_Throws(int value)
    {
        var current = new Tier(2, "r", false);

        Assert.Throws<ArgumentOutOfRangeException>(() => TierCalculator.Override(current, value, new StaffId("S0042"), "reason"));
    }

    [Fact]
    public void Override_NoReason_Throws()
    {
        var current = new Tier(2, "r", false);

        Assert.Throws<ArgumentException>(() => TierCalculator.Override(current, 3, new StaffId("S0042"), " "));
    }

    [Fact]
    public void Derive_AfterOverrideAndRiskChange_ReplacesTheOverride()
    {
        var overridden = TierCalculator.Override(new Tier(2, "r", false), 4, new StaffId("S0042"), "reason");

        var rederived = TierCalculator.Derive(new Risk(RoshLevel.Low, LikelihoodLevel.Low, false, 0));

        Assert.True(overridden.Overridden);
        Assert.Equal(new Tier(1, "RoSH Low and likelihood of reoffending Low", false), rederived);
    }
}
