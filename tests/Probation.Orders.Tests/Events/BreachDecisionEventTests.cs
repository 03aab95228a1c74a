using Probation.Orders.Support;

namespace Probation.Orders.Events;

public sealed class BreachDecisionEventTests
{
    [Fact]
    public void ToString_Decision_LeavesTheReasonOut()
    {
        var decision = EnforcementEvents.Decision(BreachDecision.ComplianceReview, "2027-01-06") with { Reason = "bereavement" };

        var text = decision.ToString();

        Assert.DoesNotContain("bereavement", text, StringComparison.Ordinal);
        Assert.Contains("ComplianceReview", text, StringComparison.Ordinal);
    }
}
