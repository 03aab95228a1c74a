using Probation.Orders.Documents;
using Probation.Orders.Events;
using Probation.Orders.Identifiers;
using Probation.Orders.Support;

namespace Probation.Orders.Validation;

public sealed class StaffEventValidatorTests
{
    private sealed record UnknownEvent(EventId EventId, StaffId StaffId) : IStaffEvent;

    [Fact]
    public void Validate_EveryEventKindWellFormed_Valid()
    {
        IStaffEvent[] events =
        [
            new AllocationEvent(Id(), Staff(), new StaffId("S0042"), new TeamId("T07"), new StaffId("P0001")),
            EnforcementEvents.Appointment("a1", "2027-01-04"),
            EnforcementEvents.Explanation("a1", "2027-01-05", acceptable: true),
            EnforcementEvents.Decision(BreachDecision.ComplianceReview, "2027-01-06"),
            EnforcementEvents.Court(CourtOutcome.Continued, "2027-02-01"),
            new PlanCompletedEvent(Id(), Staff(), Calendars.Date("2027-01-10")),
            new ReviewCompletedEvent(Id(), Staff(), Calendars.Date("2027-04-10")),
            new SignificantEvent(Id(), Staff(), SignificantEventKind.RiskChanged, Calendars.Date("2027-03-01"), new Risk(RoshLevel.High, LikelihoodLevel.High, false, 0)),
            new CustodyEvent(Id(), Staff(), CustodyEventKind.Released, Calendars.Date("2028-06-30"), LicenceEndDate: Calendars.Date("2029-12-22")),
            new TerminationEvent(Id(), Staff(), TerminationOutcome.Terminated, Calendars.Date("2027-05-01"), "transferred to Scotland"),
        ];

        var results = events.Select(StaffEventValidator.Validate);

        Assert.All(results, r => Assert.True(r.IsValid));
    }

    [Fact]
    public void Validate_MissingEventIdAndBadStaffId_BothReported()
    {
        var allocation = new AllocationEvent(default, new StaffId("S 1"), new StaffId("S0042"), new TeamId("T07"));

        var result = StaffEventValidator.Validate(allocation);

        Assert.Equal(["is required"], result.Errors["eventId"]);
        Assert.Equal(["must match ^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$"], result.Errors["staffId"]);
    }

    [Fact]
    public void Validate_AllocationFields_Checked()
    {
        var allocation = new AllocationEvent(Id(), Staff(), default, new TeamId("T 7"), new StaffId(""));

        var result = StaffEventValidator.Validate(allocation);

        Assert.Equal(["is required"], result.Errors["offenderManagerId"]);
        Assert.Equal(["must match ^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$"], result.Errors["teamId"]);
        Assert.Equal(["is required"], result.Errors["supervisorId"]);
    }

    [Fact]
    public void Validate_AppointmentWithDefaults_EveryFieldRequired()
    {
        var appointment = new AppointmentEvent(Id(), Staff(), default, default, default, default);

        var result = StaffEventValidator.Validate(appointment);

        Assert.Equal(["appointmentId", "date", "kind", "outcome"], result.Errors.Keys);
    }

    [Fact]
    public void Validate_ExplanationNoteTooLong_Reported()
    {
        var explanation = EnforcementEvents.Explanation("a1", "2027-01-05", acceptable: true) with { Note = new string('n', 2001) };

        var result = StaffEventValidator.Validate(explanation);

        Assert.Equal(["must be at most 2000 characters"], result.Errors["note"]);
    }

    [Fact]
    public void Validate_BreachDecisionWithoutReason_Reported()
    {
        var decision = EnforcementEvents.Decision(BreachDecision.ComplianceReview, "2027-01-06") with { Reason = "" };

        var result = StaffEventValidator.Validate(decision);

        Assert.Equal(["is required"], result.Errors["reason"]);
    }

    [Fact]
    public void Validate_RiskChangedWithoutRisk_Reported()
    {
        var significant = new SignificantEvent(Id(), Staff(), SignificantEventKind.RiskChanged, Calendars.Date("2027-03-01"));

        var result = StaffEventValidator.Validate(significant);

        Assert.Equal(["is required when kind is RiskChanged"], result.Errors["risk"]);
    }

    [Fact]
    public void Validate_SignificantEventWithBadRisk_ReportedInsideRisk()
    {
        var significant = new SignificantEvent(Id(), Staff(), SignificantEventKind.LifeEvent, Calendars.Date("2027-03-01"), new Risk(RoshLevel.Low, LikelihoodLevel.Low, false, 5));

        var result = StaffEventValidator.Validate(significant);

        Assert.Equal(["must be between 0 and 3"], result.Errors["risk.mappaLevel"]);
    }

    [Theory]
    [InlineData(CustodyEventKind.Received)]
    [InlineData(CustodyEventKind.Transferred)]
    public void Validate_ReceptionOrTransferWithoutPrison_Reported(CustodyEventKind kind)
    {
        var custodyEvent = new CustodyEvent(Id(), Staff(), kind, Calendars.Date("2027-01-04"));

        var result = StaffEventValidator.Validate(custodyEvent);

        Assert.Equal([$"is required when kind is {kind}"], result.Errors["prison"]);
    }

    [Fact]
    public void Validate_CustodyEventFieldsOutOfPlace_Reported()
    {
        var custodyEvent = new CustodyEvent(Id(), Staff(), CustodyEventKind.Transferred, Calendars.Date("2027-01-04"), "swi", Calendars.Date("2027-01-03"));

        var result = StaffEventValidator.Validate(custodyEvent);

        Assert.Equal(["must match ^[A-Z]{3}$"], result.Errors["prison"]);
        Assert.Equal(["is only allowed when kind is Released", "must be on or after date"], result.Errors["licenceEndDate"]);
    }

    [Fact]
    public void Validate_ReceptionWithNomsNumber_Valid()
    {
        var custodyEvent = new CustodyEvent(Id(), Staff(), CustodyEventKind.Received, Calendars.Date("2027-01-04"), "SWI", NomsNumber: new("A1234BC"));

        var result = StaffEventValidator.Validate(custodyEvent);

        Assert.True(result.IsValid);
    }

    [Fact]
    public void Validate_NomsNumberMalformedOrOutsideReception_Reported()
    {
        var malformed = new CustodyEvent(Id(), Staff(), CustodyEventKind.Received, Calendars.Date("2027-01-04"), "SWI", NomsNumber: new("A12"));
        var onRelease = new CustodyEvent(Id(), Staff(), CustodyEventKind.Released, Calendars.Date("2027-01-04"), NomsNumber: new("A1234BC"));

        var malformedResult = StaffEventValidator.Validate(malformed);
        var onReleaseResult = StaffEventValidator.Validate(onRelease);

        Assert.Equal(["must match ^[A-Z][0-9]{4}[A-Z]{2}$"], malformedResult.Errors["nomsNumber"]);
        Assert.Equal(["is only allowed when kind is Received"], onReleaseResult.Errors["nomsNumber"]);
    }

    [Fact]
    public void Validate_TerminationAndCourtOutcomeDefaults_Reported()
    {
        var termination = new TerminationEvent(Id(), Staff(), default, default, "");
        var court = new CourtOutcomeEvent(Id(), Staff(), (CourtOutcome)42, Calendars.Date("2027-01-04"));

        var terminationErrors = StaffEventValidator.Validate(termination).Errors;
        var courtErrors = StaffEventValidator.Validate(court).Errors;

        Assert.Equal(["outcome", "date", "reason"], terminationErrors.Keys);
        Assert.Equal(["must be one of Continued, Revoked, Resentenced, CustodyActivated"], courtErrors["outcome"]);
    }

    [Fact]
    public void Validate_PlanAndReviewWithoutDate_Reported()
    {
        var plan = new PlanCompletedEvent(Id(), Staff(), default);
        var review = new ReviewCompletedEvent(Id(), Staff(), default);

        Assert.Equal(["is required"], StaffEventValidator.Validate(plan).Errors["completedOn"]);
        Assert.Equal(["is required"], StaffEventValidator.Validate(review).Errors["completedOn"]);
    }

    [Fact]
    public void Validate_EventNotInApiMd_Throws()
    {
        var unknown = new UnknownEvent(Id(), Staff());

        Assert.Throws<ArgumentException>(() => StaffEventValidator.Validate(unknown));
    }

    private static EventId Id() => new("e-1");

    private static StaffId Staff() => new("S0042");
}
