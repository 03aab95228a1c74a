using Probation.Orders.Calendar;
using Probation.Orders.Documents;
using Probation.Orders.Enforcement;
using Probation.Orders.Events;
using Probation.Orders.Rules;
using Probation.Orders.Support;
using Probation.Orders.Views;

namespace Probation.Orders.Lifecycle;

public sealed partial class OrderStepTests
{
    private static readonly DateOnly FirstFailure = new(2027, 2, 1);
    private static readonly DateOnly SecondFailure = new(2027, 3, 1);

    [Fact]
    public void Receive_FailureToComply_WarningLetterToTheTeamAndTheExplanationWindowOpens()
    {
        // Arrange
        var scenario = EnforcementScenario();

        // Act
        Fail(scenario, "A1", FirstFailure);

        // Assert
        var letter = Assert.Single(scenario.Letters);
        Assert.Equal(("warning-A1", "T07", FirstFailure, new DateOnly(2027, 2, 8), "WarningLetter"), (letter.WarningId, letter.TeamId?.Value, letter.IssuedOn, letter.ExplainBy, letter.Kind));
        Assert.Equal((DutyState.Met, (DateOnly?)FirstFailure), (scenario.Duty(RuleIds.ExplanationAction).State, scenario.Duty(RuleIds.ExplanationAction).MetOn));
        Assert.Empty(scenario.RemindersOf(scenario.Duty(RuleIds.ExplanationAction).DutyId));
        Assert.Equal(("T-EXPLAIN:warning-A1", new DateOnly(2027, 2, 8), DutyState.Open), (scenario.Duty(RuleIds.ExplanationWindow).DutyId, scenario.Duty(RuleIds.ExplanationWindow).DueDate, scenario.Duty(RuleIds.ExplanationWindow).State));
    }

    [Fact]
    public void Receive_AcceptableExplanationInTheWindow_WarningWithdrawnAndTheNextFailureGetsANewWarning()
    {
        // Arrange
        var scenario = EnforcementScenario();
        Fail(scenario, "A1", FirstFailure);

        // Act
        scenario.RaiseOn(new DateOnly(2027, 2, 4), StaffEventNames.Explanation, StaffEvents.Explanation("A1", new DateOnly(2027, 2, 4), acceptable: true));
        Fail(scenario, "A2", SecondFailure);

        // Assert
        Assert.Equal([("warning-A1", WarningState.Withdrawn), ("warning-A2", WarningState.Standing)], scenario.View.Warnings.Select(w => (w.WarningId, w.State)));
        Assert.Equal(DutyState.Met, scenario.View.Duties.Single(d => d.DutyId == "T-EXPLAIN:warning-A1").State);
        Assert.Empty(scenario.Duties(RuleIds.BreachAction));
        Assert.DoesNotContain(scenario.Timeline, e => e.Detail.Contains("bus strike", StringComparison.Ordinal));
    }

    [Fact]
    public void Receive_SecondFailureWhileTheWarningStands_BreachDueWithRemindersAndAnEarlyReview()
    {
        // Arrange
        var scenario = EnforcementScenario();
        Fail(scenario, "A1", FirstFailure);

        // Act
        Fail(scenario, "A2", SecondFailure);
        scenario.AdvanceTo(new DateOnly(2027, 3, 17));

        // Assert
        var breach = scenario.Duty(RuleIds.BreachAction);
        Assert.Equal(("T-BREACH-ACT:breach-A2", new DateOnly(2027, 3, 15), DutyState.Open), (breach.DutyId, breach.DueDate, breach.State));
        Assert.Equal(BreachState.Due, Assert.Single(scenario.View.Breaches).State);
        Assert.Single(scenario.Letters);
        Assert.Equal(new DateOnly(2027, 3, 8), scenario.Duty(RuleIds.EarlyReview).DueDate);
        Assert.Equal(
            [(ReminderKind.Created, SecondFailure), (ReminderKind.DueSoon, new DateOnly(2027, 3, 11)), (ReminderKind.Overdue, new DateOnly(2027, 3, 16))],
            scenario.RemindersOf(breach.DutyId));
        Assert.All(scenario.Reminders.Where(r => r.DutyId == breach.DutyId), r => Assert.Equal(("S0042", "T07"), (r.StaffId?.Value, r.TeamId?.Value)));
    }

    [Fact]
    public void Receive_SecondFailureThirteenMonthsLater_TheOldWarningHasExpiredSoANewWarningIsIssued()
    {
        // Arrange
        var scenario = EnforcementScenario();
        Fail(scenario, "A1", FirstFailure);

        // Act
        Fail(scenario, "A2", new DateOnly(2028, 3, 1));

        // Assert
        Assert.Equal([("warning-A1", WarningState.Expired), ("warning-A2", WarningState.Standing)], scenario.View.Warnings.Select(w => (w.WarningId, w.State)));
        Assert.Empty(scenario.View.Breaches);
        Assert.Contains(scenario.Timeline, e => e.Kind == TimelineKind.WarningExpired && LondonTime.DateOf(e.At) == new DateOnly(2028, 2, 1));
    }

    [Fact]
    public void Receive_ManagerRecordsAComplianceReviewInsteadOfBreach_BreachActionMetAndTheReasonRecorded()
    {
        // Arrange
        var scenario = EnforcementScenario();
        Fail(scenario, "A1", FirstFailure);
        Fail(scenario, "A2", SecondFailure);

        // Act
        scenario.RaiseOn(new DateOnly(2027, 3, 5), StaffEventNames.BreachDecision, StaffEvents.BreachDecision(BreachDecision.ComplianceReview, new DateOnly(2027, 3, 5)));

        // Assert
        Assert.Equal((DutyState.Met, (DateOnly?)new DateOnly(2027, 3, 5)), (scenario.Duty(RuleIds.BreachAction).State, scenario.Duty(RuleIds.BreachAction).MetOn));
        Assert.Equal((BreachState.ComplianceReview, "M0001"), (scenario.View.Breaches[0].State, scenario.View.Breaches[0].DecidedBy?.Value));
        var decided = scenario.Timeline.Single(e => e.Kind == TimelineKind.BreachDecided);
        Assert.Equal(("M0001", "ComplianceReview on 2027-03-05: complied since; manager satisfied"), (decided.By, decided.Detail));
        Assert.Contains(scenario.Resolved, d => d.DutyId == "T-BREACH-ACT:breach-A2" && d.State == DutyState.Met);
    }

    [Fact]
    public void Receive_SuspendedSentenceActivatedByTheCourtAfterBreach_MovesIntoCustody()
    {
        // Arrange
        var scenario = EnforcementScenario(OrderType.SuspendedSentenceOrder);
        Fail(scenario, "A1", FirstFailure);
        Fail(scenario, "A2", SecondFailure);
        scenario.RaiseOn(new DateOnly(2027, 3, 3), StaffEventNames.BreachDecision, StaffEvents.BreachDecision(BreachDecision.InitiateBreach, new DateOnly(2027, 3, 3)));

        // Act
        scenario.RaiseOn(new DateOnly(2027, 4, 1), StaffEventNames.CourtOutcome, StaffEvents.CourtOutcome(CourtOutcome.CustodyActivated, new DateOnly(2027, 4, 1)));

        // Assert
        Assert.Equal((OrderPhase.Custody, BreachState.Resolved), (scenario.View.Phase, scenario.View.Breaches[0].State));
        Assert.Equal(DutyState.Open, scenario.Duty(RuleIds.SupervisorAllocation).State);
        Assert.DoesNotContain(scenario.View.Duties, d => d.State == DutyState.Open && d.RuleId is RuleIds.Review or RuleIds.OrderEnd);
    }

    private static PureOrderScenario EnforcementScenario(OrderType type = OrderType.CommunityOrder) =>
        PureOrderScenario.Start(Samples.CommunityOrder() with { SentenceDate = JanuaryFourth2027, LengthMonths = 24, OrderType = type });

    private static void Fail(PureOrderScenario scenario, string appointmentId, DateOnly date) =>
        scenario.RaiseOn(date, StaffEventNames.Appointment, StaffEvents.Appointment(appointmentId, date, AppointmentOutcome.MissedUnexplained));
}
