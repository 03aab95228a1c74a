using Probation.Orders.Identifiers;

namespace Probation.Orders.Events;

public sealed class TerminationEventTests
{
    [Fact]
    public void ToString_Termination_LeavesTheReasonOut()
    {
        var termination = new TerminationEvent(new EventId("e-1"), new StaffId("S0042"), TerminationOutcome.Terminated, new DateOnly(2027, 5, 1), "died");

        var text = termination.ToString();

        Assert.Equal("TerminationEvent { EventId = e-1, Outcome = Terminated }", text);
    }
}
