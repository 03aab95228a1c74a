using Probation.Orders.Documents;
using Probation.Orders.Enforcement;
using Probation.Orders.Events;
using Probation.Orders.Support;

namespace Probation.Orders.Lifecycle;

public sealed class EventAdmissionTests
{
    [Theory]
    [InlineData(OrderPhase.Community, CustodyEventKind.Released, "a Community order is not in custody, so it cannot be released")]
    [InlineData(OrderPhase.Custody, CustodyEventKind.Recalled, "only a person on licence can be recalled")]
    [InlineData(OrderPhase.Ended, CustodyEventKind.Released, "the order has ended")]
    [InlineData(OrderPhase.Custody, CustodyEventKind.Released, null)]
    public void Check_CustodyEvent_ConflictsWithThePhase(OrderPhase phase, CustodyEventKind kind, string? conflict)
    {
        // Arrange
        var custodyEvent = StaffEvents.Custody(kind, new DateOnly(2027, 1, 4), "SWI");

        // Act
        var admission = EventAdmission.Check(phase, OrderType.Custody, null, custodyEvent);

        // Assert
        Assert.Equal(conflict, admission.Conflict);
    }

    [Theory]
    [InlineData(OrderType.SuspendedSentenceOrder, BreachState.Initiated, null)]
    [InlineData(OrderType.CommunityOrder, BreachState.Initiated, "only a suspended sentence can be activated")]
    [InlineData(OrderType.SuspendedSentenceOrder, BreachState.Due, "no breach proceedings are awaiting the court")]
    public void Check_CustodyActivated_OnlyForASuspendedSentenceBeforeTheCourt(OrderType type, BreachState breach, string? conflict)
    {
        // Arrange
        var outcome = StaffEvents.CourtOutcome(CourtOutcome.CustodyActivated, new DateOnly(2027, 4, 1));

        // Act
        var admission = EventAdmission.Check(OrderPhase.Community, type, breach, outcome);

        // Assert
        Assert.Equal(conflict, admission.Conflict);
    }

    [Fact]
    public void Check_BreachDecisionOnLicence_PointsToRecallInstead()
    {
        // Arrange
        var decision = StaffEvents.BreachDecision(BreachDecision.InitiateBreach, new DateOnly(2027, 4, 1));

        // Act
        var admission = EventAdmission.Check(OrderPhase.Licence, OrderType.Custody, null, decision);

        // Assert
        Assert.False(admission.IsAccepted);
        Assert.Contains("recall", admission.Conflict, StringComparison.Ordinal);
    }
}
