using Probation.Orders.Events;
using Probation.Orders.Identifiers;

namespace Probation.Orders.Support;

/// <summary>Staff events for enforcement tests, built fresh per call.</summary>
internal static class EnforcementEvents
{
    public static AppointmentEvent Appointment(string appointmentId, string date, AppointmentOutcome outcome = AppointmentOutcome.MissedUnexplained) =>
        new(new EventId($"e-{appointmentId}"), new StaffId("S0042"), new AppointmentId(appointmentId), Calendars.Date(date), AppointmentKind.Supervision, outcome);

    public static ExplanationEvent Explanation(string appointmentId, string receivedOn, bool acceptable) =>
        new(new EventId($"x-{appointmentId}"), new StaffId("S0042"), new AppointmentId(appointmentId), Calendars.Date(receivedOn), acceptable, "note");

    public static BreachDecisionEvent Decision(BreachDecision decision, string decidedOn) =>
        new(new EventId("d-1"), new StaffId("M0001"), decision, "reason", Calendars.Date(decidedOn));

    public static CourtOutcomeEvent Court(CourtOutcome outcome, string date) =>
        new(new EventId("c-1"), new StaffId("S0042"), outcome, Calendars.Date(date));
}
