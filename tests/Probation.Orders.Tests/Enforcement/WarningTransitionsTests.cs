namespace Probation.Orders.Enforcement;

public sealed class WarningTransitionsTests
{
    [Theory]
    [InlineData(WarningTrigger.ExplanationAccepted, WarningState.Withdrawn)]
    [InlineData(WarningTrigger.WindowEnded, WarningState.Expired)]
    public void Next_FromStanding_FinalState(WarningTrigger trigger, WarningState expected)
    {
        var table = WarningTransitions.Table;

        var next = table.Next(WarningState.Standing, trigger);

        Assert.Equal(expected, next);
    }

    [Fact]
    public void Next_WithdrawnWarningExpiring_Throws()
    {
        var table = WarningTransitions.Table;

        Assert.Throws<IllegalTransitionException>(() => table.Next(WarningState.Withdrawn, WarningTrigger.WindowEnded));
    }
}
