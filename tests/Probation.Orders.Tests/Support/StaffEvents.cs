using Probation.Orders.Documents;
using Probation.Orders.Events;
using Probation.Orders.Identifiers;

namespace Probation.Orders.Support;

/// <summary>Staff events for orchestration tests, each with its own event id unless one is given.</summary>
internal static class StaffEvents
{
    public const string OffenderManager = "S0042";

    public static EventId NewId() => new($"ev-{Guid.NewGuid():N}");

    public static AppointmentEvent Appointment(string appointmentId, DateOnly date, AppointmentOutcome outcome = AppointmentOutcome.Attended, string staffId = OffenderManager) =>
        new(NewId(), new StaffId(staffId), new AppointmentId(appointmentId), date, AppointmentKind.Supervision, outcome);

    public static ExplanationEvent Explanation(string appointmentId, DateOnly receivedOn, bool acceptable) =>
        new(NewId(), new StaffId(OffenderManager), new AppointmentId(appointmentId), receivedOn, acceptable, "bus strike, ticket shown");

    public static AllocationEvent Allocation(string offenderManagerId, string teamId = "T07", string? supervisorId = null) =>
        new(NewId(), new StaffId("A0001"), new StaffId(offenderManagerId), new TeamId(teamId), supervisorId is null ? null : new StaffId(supervisorId));

    public static BreachDecisionEvent BreachDecision(BreachDecision decision, DateOnly decidedOn) =>
        new(NewId(), new StaffId("M0001"), decision, "complied since; manager satisfied", decidedOn);

    public static CourtOutcomeEvent CourtOutcome(CourtOutcome outcome, DateOnly date) =>
        new(NewId(), new StaffId(OffenderManager), outcome, date);

    public static PlanCompletedEvent Plan(DateOnly completedOn) => new(NewId(), new StaffId(OffenderManager), completedOn);

    public static ReviewCompletedEvent Review(DateOnly completedOn) => new(NewId(), new StaffId(OffenderManager), completedOn);

    public static SignificantEvent Significant(SignificantEventKind kind, DateOnly date, Risk? risk = null) =>
        new(NewId(), new StaffId(OffenderManager), kind, date, risk);

    public static CustodyEvent Custody(CustodyEventKind kind, DateOnly date, string? prison = null, DateOnly? licenceEndDate = null) =>
        new(NewId(), new StaffId(OffenderManager), kind, date, prison, licenceEndDate);

    public static TerminationEvent Termination(TerminationOutcome outcome, DateOnly date) =>
        new(NewId(), new StaffId(OffenderManager), outcome, date, "transferred to Scotland");
}
