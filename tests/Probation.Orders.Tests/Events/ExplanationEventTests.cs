using Probation.Orders.Support;

namespace Probation.Orders.Events;

public sealed class ExplanationEventTests
{
    [Fact]
    public void ToString_Explanation_LeavesTheNoteOut()
    {
        var explanation = EnforcementEvents.Explanation("a1", "2027-01-05", acceptable: true) with { Note = "was in hospital" };

        var text = explanation.ToString();

        Assert.Equal("ExplanationEvent { EventId = x-a1, AppointmentId = a1, ReceivedOn = 2027-01-05, Acceptable = True }", text);
    }
}
