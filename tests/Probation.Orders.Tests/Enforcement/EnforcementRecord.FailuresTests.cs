using Probation.Orders.Events;
using Probation.Orders.Policy;
using Probation.Orders.Rules;
using Probation.Orders.Support;

namespace Probation.Orders.Enforcement;

public sealed class EnforcementRecordFailuresTests
{
    [Fact]
    public void RecordFailure_FirstFailure_IssuesWarningWithExplainByAndTwelveMonthWindow()
    {
        var appointment = EnforcementEvents.Appointment("a1", "2027-01-29");

        var result = EnforcementRecord.Empty.RecordFailure(appointment, Calendars.Date("2027-02-01"), NationalStandardsPolicy.Seeded, Calendars.Embedded());

        var effect = Assert.Single(result.Effects);
        Assert.Equal(EnforcementAction.WarningIssued, effect.Action);
        Assert.Equal(
            new Warning("warning-a1", appointment.AppointmentId, Calendars.Date("2027-02-01"), Calendars.Date("2027-02-08"), "5 working days after 2027-02-01", Calendars.Date("2028-02-01"), WarningState.Standing),
            effect.Warning);
        Assert.Equal([effect.Warning!], result.Record.Warnings);
    }

    [Theory]
    [InlineData(AppointmentOutcome.Attended)]
    [InlineData(AppointmentOutcome.MissedAcceptable)]
    public void RecordFailure_NotAFailure_ChangesNothing(AppointmentOutcome outcome)
    {
        var appointment = EnforcementEvents.Appointment("a1", "2027-02-01", outcome);

        var result = EnforcementRecord.Empty.RecordFailure(appointment, Calendars.Date("2027-02-01"), NationalStandardsPolicy.Seeded, Calendars.Embedded());

        Assert.Empty(result.Effects);
        Assert.Same(EnforcementRecord.Empty, result.Record);
    }

    [Fact]
    public void RecordFailure_SecondFailureWhileWarningStands_BreachDueTenWorkingDaysAfterIt()
    {
        var calendar = Calendars.Embedded();
        var warned = EnforcementRecord.Empty.RecordFailure(EnforcementEvents.Appointment("a1", "2027-02-01"), Calendars.Date("2027-02-01"), NationalStandardsPolicy.Seeded, calendar).Record;

        var result = warned.RecordFailure(EnforcementEvents.Appointment("a2", "2027-11-15", AppointmentOutcome.AttendedFailedToComply), Calendars.Date("2027-11-15"), NationalStandardsPolicy.Seeded, calendar);

        var effect = Assert.Single(result.Effects);
        Assert.Equal(EnforcementAction.BreachDue, effect.Action);
        Assert.Equal("warning-a1", effect.Warning!.WarningId);
        Assert.Equal(new DutyDue("T-BREACH-ACT", Calendars.Date("2027-11-29"), "10 working days after 2027-11-15"), effect.Breach!.ActionDue);
        Assert.Equal(BreachState.Due, result.Record.OpenBreach!.State);
    }

    [Fact]
    public void RecordFailure_OnTheLastDayOfTheWindow_BreachDue()
    {
        var calendar = Calendars.Embedded();
        var warned = EnforcementRecord.Empty.RecordFailure(EnforcementEvents.Appointment("a1", "2027-02-01"), Calendars.Date("2027-02-01"), NationalStandardsPolicy.Seeded, calendar).Record;

        var result = warned.RecordFailure(EnforcementEvents.Appointment("a2", "2028-01-31"), Calendars.Date("2028-01-31"), NationalStandardsPolicy.Seeded, calendar);

        Assert.Equal([EnforcementAction.BreachDue], result.Effects.Select(e => e.Action));
    }

    [Fact]
    public void RecordFailure_ThirteenMonthsAfterTheWarning_ExpiresItAndWarnsAgain()
    {
        var calendar = Calendars.Embedded();
        var warned = EnforcementRecord.Empty.RecordFailure(EnforcementEvents.Appointment("a1", "2027-02-01"), Calendars.Date("2027-02-01"), NationalStandardsPolicy.Seeded, calendar).Record;

        var result = warned.RecordFailure(EnforcementEvents.Appointment("a2", "2028-03-01"), Calendars.Date("2028-03-01"), NationalStandardsPolicy.Seeded, calendar);

        Assert.Equal([EnforcementAction.WarningExpired, EnforcementAction.WarningIssued], result.Effects.Select(e => e.Action));
        Assert.Equal([WarningState.Expired, WarningState.Standing], result.Record.Warnings.Select(w => w.State));
        Assert.Null(result.Record.OpenBreach);
    }

    [Fact]
    public void RecordFailure_WhileBreachIsOpen_AlreadyInBreach()
    {
        var calendar = Calendars.Embedded();
        var record = EnforcementRecord.Empty
            .RecordFailure(EnforcementEvents.Appointment("a1", "2027-02-01"), Calendars.Date("2027-02-01"), NationalStandardsPolicy.Seeded, calendar).Record
            .RecordFailure(EnforcementEvents.Appointment("a2", "2027-03-01"), Calendars.Date("2027-03-01"), NationalStandardsPolicy.Seeded, calendar).Record;

        var result = record.RecordFailure(EnforcementEvents.Appointment("a3", "2027-03-03"), Calendars.Date("2027-03-03"), NationalStandardsPolicy.Seeded, calendar);

        var effect = Assert.Single(result.Effects);
        Assert.Equal(EnforcementAction.AlreadyInBreach, effect.Action);
        Assert.Single(result.Record.Breaches);
    }

    [Fact]
    public void RecordFailure_SameAppointmentTwice_AlreadyRecorded()
    {
        var calendar = Calendars.Embedded();
        var appointment = EnforcementEvents.Appointment("a1", "2027-02-01");
        var warned = EnforcementRecord.Empty.RecordFailure(appointment, Calendars.Date("2027-02-01"), NationalStandardsPolicy.Seeded, calendar).Record;

        var result = warned.RecordFailure(appointment, Calendars.Date("2027-02-02"), NationalStandardsPolicy.Seeded, calendar);

        Assert.Equal([EnforcementAction.AlreadyRecorded], result.Effects.Select(e => e.Action));
        Assert.Same(warned, result.Record);
    }

    [Fact]
    public void RecordLicenceFailure_Failure_RaisesRecallConsiderationNotAWarning()
    {
        var appointment = EnforcementEvents.Appointment("a1", "2027-02-01");

        var result = EnforcementRecord.Empty.RecordLicenceFailure(appointment, Calendars.Date("2027-02-02"));

        Assert.Equal([EnforcementAction.RecallConsiderationRaised], result.Effects.Select(e => e.Action));
        Assert.Empty(result.Record.Warnings);
        Assert.Equal([new RecallConsideration(appointment.AppointmentId, Calendars.Date("2027-02-01"), Calendars.Date("2027-02-02"))], result.Record.RecallConsiderations);
    }

    [Fact]
    public void RecordLicenceFailure_Attended_NothingRaised()
    {
        var appointment = EnforcementEvents.Appointment("a1", "2027-02-01", AppointmentOutcome.Attended);

        var result = EnforcementRecord.Empty.RecordLicenceFailure(appointment, Calendars.Date("2027-02-01"));

        Assert.Empty(result.Effects);
        Assert.Empty(result.Record.RecallConsiderations);
    }
}
