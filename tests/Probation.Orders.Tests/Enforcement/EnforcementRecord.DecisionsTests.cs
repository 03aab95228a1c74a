using Probation.Orders.Events;
using Probation.Orders.Identifiers;
using Probation.Orders.Policy;
using Probation.Orders.Support;

namespace Probation.Orders.Enforcement;

public sealed class EnforcementRecordDecisionsTests
{
    [Fact]
    public void RecordBreachDecision_InitiateBreach_InitiatedWithWhoAndWhen()
    {
        var inBreach = InBreach();

        var result = inBreach.RecordBreachDecision(EnforcementEvents.Decision(BreachDecision.InitiateBreach, "2027-03-05"));

        var effect = Assert.Single(result.Effects);
        Assert.Equal(EnforcementAction.BreachInitiated, effect.Action);
        Assert.Equal((BreachState.Initiated, Calendars.Date("2027-03-05"), new StaffId("M0001")), (effect.Breach!.State, effect.Breach.DecidedOn!.Value, effect.Breach.DecidedBy!.Value));
    }

    [Fact]
    public void RecordBreachDecision_ComplianceReview_ClosesTheBreachAndTheWarningStillStands()
    {
        var inBreach = InBreach();

        var result = inBreach.RecordBreachDecision(EnforcementEvents.Decision(BreachDecision.ComplianceReview, "2027-03-05"));

        Assert.Equal([EnforcementAction.ComplianceReviewRecorded], result.Effects.Select(e => e.Action));
        Assert.Null(result.Record.OpenBreach);
        Assert.NotNull(result.Record.StandingWarningOn(Calendars.Date("2027-03-06")));
    }

    [Fact]
    public void RecordBreachDecision_NoBreachDue_ThrowsTypedError()
    {
        var record = EnforcementRecord.Empty;

        var error = Assert.Throws<IllegalTransitionException>(() => record.RecordBreachDecision(EnforcementEvents.Decision(BreachDecision.InitiateBreach, "2027-03-05")));

        Assert.Equal(("breach", "None"), (error.StateMachine, error.From));
    }

    [Fact]
    public void RecordBreachDecision_AlreadyInitiated_ThrowsTypedError()
    {
        var initiated = InBreach().RecordBreachDecision(EnforcementEvents.Decision(BreachDecision.InitiateBreach, "2027-03-05")).Record;

        var error = Assert.Throws<IllegalTransitionException>(() => initiated.RecordBreachDecision(EnforcementEvents.Decision(BreachDecision.ComplianceReview, "2027-03-06")));

        Assert.Equal("Initiated", error.From);
    }

    [Fact]
    public void RecordCourtOutcome_AfterProceedings_Resolved()
    {
        var initiated = InBreach().RecordBreachDecision(EnforcementEvents.Decision(BreachDecision.InitiateBreach, "2027-03-05")).Record;

        var result = initiated.RecordCourtOutcome(EnforcementEvents.Court(CourtOutcome.Continued, "2027-04-01"));

        var breach = Assert.Single(result.Record.Breaches);
        Assert.Equal((BreachState.Resolved, CourtOutcome.Continued), (breach.State, breach.CourtOutcome!.Value));
        Assert.Equal([EnforcementAction.BreachResolved], result.Effects.Select(e => e.Action));
    }

    [Fact]
    public void RecordCourtOutcome_BeforeProceedings_ThrowsTypedError()
    {
        var inBreach = InBreach();

        Assert.Throws<IllegalTransitionException>(() => inBreach.RecordCourtOutcome(EnforcementEvents.Court(CourtOutcome.Revoked, "2027-04-01")));
    }

    [Fact]
    public void CloseForOrderEnd_OpenBreach_Cancelled()
    {
        var inBreach = InBreach();

        var result = inBreach.CloseForOrderEnd();

        Assert.Equal([EnforcementAction.BreachCancelled], result.Effects.Select(e => e.Action));
        Assert.Null(result.Record.OpenBreach);
    }

    [Fact]
    public void CloseForOrderEnd_NoBreach_NothingToDo()
    {
        var record = EnforcementRecord.Empty;

        var result = record.CloseForOrderEnd();

        Assert.Empty(result.Effects);
    }

    private static EnforcementRecord InBreach()
    {
        var calendar = Calendars.Embedded();
        return EnforcementRecord.Empty
            .RecordFailure(EnforcementEvents.Appointment("a1", "2027-02-01"), Calendars.Date("2027-02-01"), NationalStandardsPolicy.Seeded, calendar).Record
            .RecordFailure(EnforcementEvents.Appointment("a2", "2027-03-01"), Calendars.Date("2027-03-01"), NationalStandardsPolicy.Seeded, calendar).Record;
    }
}
