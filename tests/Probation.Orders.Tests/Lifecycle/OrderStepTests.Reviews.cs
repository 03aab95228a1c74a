using Probation.Orders.Documents;
using Probation.Orders.Events;
using Probation.Orders.Rules;
using Probation.Orders.Support;

namespace Probation.Orders.Lifecycle;

public sealed partial class OrderStepTests
{
    private static readonly DateOnly JanuaryFourth2027 = new(2027, 1, 4);

    [Fact]
    public void Receive_EarlyReviewCompletedAfterALifeEvent_SixteenWeekCycleRestartsFromIt()
    {
        // Arrange
        var scenario = PureOrderScenario.Start(Samples.CommunityOrder() with { SentenceDate = JanuaryFourth2027 });
        Assert.Equal(new DateOnly(2027, 4, 26), scenario.Duty(RuleIds.Review).DueDate);

        // Act
        scenario.RaiseOn(new DateOnly(2027, 2, 1), StaffEventNames.SignificantEvent, StaffEvents.Significant(SignificantEventKind.LifeEvent, new DateOnly(2027, 2, 1)));
        var early = scenario.Duty(RuleIds.EarlyReview);
        scenario.RaiseOn(new DateOnly(2027, 2, 5), StaffEventNames.Review, StaffEvents.Review(new DateOnly(2027, 2, 5)));

        // Assert
        Assert.Equal(new DateOnly(2027, 2, 8), early.DueDate);
        Assert.Equal(DutyState.Met, scenario.Duty(RuleIds.EarlyReview).State);
        var reviews = scenario.Duties(RuleIds.Review);
        Assert.Equal([(new DateOnly(2027, 4, 26), DutyState.Met), (new DateOnly(2027, 5, 28), DutyState.Open)], reviews.Select(r => (r.DueDate, r.State)));
        Assert.Equal("16 weeks after 2027-02-05", reviews[1].Reason);
    }

    [Fact]
    public void Start_TierOneWithoutSupervision_HasNoScheduledReviewsOrContactChecks()
    {
        // Arrange
        var order = Samples.CommunityOrder() with
        {
            Risk = new Risk(RoshLevel.Low, LikelihoodLevel.Low, false, 0),
            Requirements = [new Requirement(RequirementType.UnpaidWork, 100)],
        };

        // Act
        var scenario = PureOrderScenario.Start(order);

        // Assert
        Assert.Equal(1, scenario.View.Tier.Value);
        Assert.Equal([RuleIds.Allocation, RuleIds.FirstAppointment, RuleIds.SentencePlan, RuleIds.OrderEnd], scenario.View.Duties.Select(d => d.RuleId));
    }

    [Fact]
    public void Start_TierOneWithSupervision_HasScheduledReviews()
    {
        // Arrange
        var order = Samples.CommunityOrder() with { Risk = new Risk(RoshLevel.Low, LikelihoodLevel.Low, false, 0) };

        // Act
        var scenario = PureOrderScenario.Start(order);

        // Assert
        Assert.Single(scenario.Duties(RuleIds.Review));
        Assert.Empty(scenario.Duties(RuleIds.ContactLevels));
    }

    [Fact]
    public void Receive_RiskRisesToHigh_ReTieredToFourWithAnEarlyReview()
    {
        // Arrange
        var scenario = PureOrderScenario.Start(Samples.CommunityOrder() with { SentenceDate = JanuaryFourth2027 });
        var risk = new Risk(RoshLevel.High, LikelihoodLevel.High, false, 0);

        // Act
        scenario.RaiseOn(new DateOnly(2027, 3, 1), StaffEventNames.SignificantEvent, StaffEvents.Significant(SignificantEventKind.RiskChanged, new DateOnly(2027, 3, 1), risk));

        // Assert
        Assert.Equal((4, "RoSH High"), (scenario.View.Tier.Value, scenario.View.Tier.Reason));
        Assert.Equal(new DateOnly(2027, 3, 8), scenario.Duty(RuleIds.EarlyReview).DueDate);
    }

    [Fact]
    public void Receive_TwelveAppointmentsKeptInTheFirstThreeMonths_FirstContactCheckMetSecondStillOpen()
    {
        // Arrange
        var scenario = PureOrderScenario.Start(Samples.CommunityOrder() with { SentenceDate = JanuaryFourth2027 });

        // Act
        for (var week = 0; week < 12; week++)
        {
            var date = JanuaryFourth2027.AddDays(1 + (7 * week));
            scenario.RaiseOn(date, StaffEventNames.Appointment, StaffEvents.Appointment($"A{week}", date));
        }

        // Assert
        var checks = scenario.Duties(RuleIds.ContactLevels);
        Assert.Equal([(DutyState.Met, (DateOnly?)new DateOnly(2027, 3, 23)), (DutyState.Open, null)], checks.Select(c => (c.State, c.MetOn)));
    }

    [Fact]
    public void Wake_TooFewAppointmentsKeptByTheThreeMonthCheck_ContactCheckMissed()
    {
        // Arrange
        var scenario = PureOrderScenario.Start(Samples.CommunityOrder() with { SentenceDate = JanuaryFourth2027 });
        scenario.RaiseOn(JanuaryFourth2027.AddDays(1), StaffEventNames.Appointment, StaffEvents.Appointment("A1", JanuaryFourth2027.AddDays(1)));

        // Act
        scenario.AdvanceTo(new DateOnly(2027, 4, 7));

        // Assert
        var first = scenario.Duties(RuleIds.ContactLevels)[0];
        Assert.Equal((DutyState.Missed, new DateOnly(2027, 4, 4)), (first.State, first.DueDate));
        Assert.Contains(scenario.RemindersOf(first.DutyId), r => r == (ReminderKind.Overdue, new DateOnly(2027, 4, 5)));
    }
}
