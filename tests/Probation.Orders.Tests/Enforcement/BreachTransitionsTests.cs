namespace Probation.Orders.Enforcement;

public sealed class BreachTransitionsTests
{
    [Theory]
    [InlineData(BreachTrigger.InitiateBreach, BreachState.Initiated)]
    [InlineData(BreachTrigger.ComplianceReview, BreachState.ComplianceReview)]
    [InlineData(BreachTrigger.ExplanationAccepted, BreachState.Cancelled)]
    [InlineData(BreachTrigger.WarningWithdrawn, BreachState.Cancelled)]
    [InlineData(BreachTrigger.OrderEnded, BreachState.Cancelled)]
    public void Next_FromDue_Decided(BreachTrigger trigger, BreachState expected)
    {
        var table = BreachTransitions.Table;

        var next = table.Next(BreachState.Due, trigger);

        Assert.Equal(expected, next);
    }

    [Theory]
    [InlineData(BreachState.Due, BreachTrigger.CourtOutcome)]
    [InlineData(BreachState.Initiated, BreachTrigger.ExplanationAccepted)]
    [InlineData(BreachState.ComplianceReview, BreachTrigger.InitiateBreach)]
    [InlineData(BreachState.Resolved, BreachTrigger.CourtOutcome)]
    public void Next_IllegalMove_Throws(BreachState from, BreachTrigger trigger)
    {
        var table = BreachTransitions.Table;

        Assert.Throws<IllegalTransitionException>(() => table.Next(from, trigger));
    }
}
