using Probation.Orders.Activities;
using Probation.Orders.Events;
using Probation.Orders.Rules;
using Probation.Orders.Support;

namespace Probation.Orders.Lifecycle;

public sealed partial class OrderStepTests
{
    private static readonly DateOnly EarlyRelease = new(2027, 3, 1);

    [Fact]
    public void Receive_ReleasedEarlierThanExpected_LicenceDutiesCountFromTheActualReleaseAndHandoverIsBroughtForward()
    {
        // Arrange
        var scenario = PureOrderScenario.Start(Samples.CustodyOrder());

        // Act
        scenario.RaiseOn(EarlyRelease, StaffEventNames.CustodyEvent, StaffEvents.Custody(CustodyEventKind.Released, EarlyRelease));

        // Assert
        Assert.Equal(OrderPhase.Licence, scenario.View.Phase);
        Assert.Equal((new DateOnly(2027, 3, 8), "5 working days after 2027-03-01"), (scenario.Duty(RuleIds.FirstAppointment).DueDate, scenario.Duty(RuleIds.FirstAppointment).Reason));
        Assert.Equal(new DateOnly(2027, 6, 21), scenario.Duty(RuleIds.Review).DueDate);
        Assert.Equal(
            [(new DateOnly(2027, 10, 16), DutyState.Cancelled), (EarlyRelease, DutyState.Open)],
            scenario.Duties(RuleIds.Handover).Select(d => (d.DueDate, d.State)));
        Assert.DoesNotContain(scenario.View.Duties, d => d.State == DutyState.Open && d.RuleId is RuleIds.SupervisorContact or RuleIds.CustodyPlan or RuleIds.OffenderManagerContact);
        Assert.Equal(new DateOnly(2029, 12, 22), scenario.View.EndDate);
    }

    [Fact]
    public void Receive_FailureToComplyOnLicence_RecallConsiderationForTheOffenderManagerAndNoWarning()
    {
        // Arrange
        var scenario = PureOrderScenario.Start(Samples.CustodyOrder());
        scenario.RaiseOn(EarlyRelease, StaffEventNames.CustodyEvent, StaffEvents.Custody(CustodyEventKind.Released, EarlyRelease, licenceEndDate: new DateOnly(2028, 3, 1)));
        var failedOn = new DateOnly(2027, 3, 5);

        // Act
        scenario.RaiseOn(failedOn, StaffEventNames.Appointment, StaffEvents.Appointment("L1", failedOn, AppointmentOutcome.MissedUnexplained));

        // Assert
        var notice = Assert.Single(scenario.Notices, n => n.Kind == StaffNoticeKind.RecallConsideration);
        Assert.Equal(("S0042", failedOn), (notice.StaffId?.Value, notice.On));
        Assert.Equal(failedOn, Assert.Single(scenario.View.RecallConsiderations).FailedOn);
        Assert.Empty(scenario.Letters);
        Assert.Empty(scenario.View.Warnings);
        Assert.Equal([(new DateOnly(2029, 12, 22), DutyState.Cancelled), (new DateOnly(2028, 3, 1), DutyState.Open)], scenario.Duties(RuleIds.OrderEnd).Select(d => (d.DueDate, d.State)));
    }

    [Fact]
    public void Receive_RecalledFromLicence_BackInCustodyWithLicenceDutiesClosed()
    {
        // Arrange
        var scenario = PureOrderScenario.Start(Samples.CustodyOrder());
        scenario.RaiseOn(EarlyRelease, StaffEventNames.CustodyEvent, StaffEvents.Custody(CustodyEventKind.Released, EarlyRelease));

        // Act
        scenario.RaiseOn(new DateOnly(2027, 4, 1), StaffEventNames.CustodyEvent, StaffEvents.Custody(CustodyEventKind.Recalled, new DateOnly(2027, 4, 1)));

        // Assert
        Assert.Equal(OrderPhase.Custody, scenario.View.Phase);
        Assert.Equal(DutyState.Cancelled, scenario.Duty(RuleIds.Review).State);
        Assert.Equal(new DateOnly(2027, 4, 5), scenario.Duties(RuleIds.SupervisorAllocation)[^1].DueDate);
    }
}
