using System.Text.Json;
using Probation.Orders.Events;
using Probation.Orders.Policy;
using Probation.Orders.Support;
using Probation.Orders.Validation;

namespace Probation.Orders.Enforcement;

public sealed class EnforcementRecordTests
{
    [Theory]
    [InlineData(AppointmentOutcome.MissedUnexplained, true)]
    [InlineData(AppointmentOutcome.AttendedFailedToComply, true)]
    [InlineData(AppointmentOutcome.Attended, false)]
    [InlineData(AppointmentOutcome.MissedAcceptable, false)]
    public void IsFailureToComply_Outcome_OnlyTheTwoFailures(AppointmentOutcome outcome, bool expected)
    {
        var failure = EnforcementRecord.IsFailureToComply(outcome);

        Assert.Equal(expected, failure);
    }

    [Fact]
    public void ExpireWarnings_TwelveMonthsAfterIssue_Expired()
    {
        var record = EnforcementRecord.Empty.RecordFailure(EnforcementEvents.Appointment("a1", "2027-02-01"), Calendars.Date("2027-02-01"), NationalStandardsPolicy.Seeded, Calendars.Embedded()).Record;

        var stillStanding = record.ExpireWarnings(Calendars.Date("2028-01-31"));
        var expired = record.ExpireWarnings(Calendars.Date("2028-02-01"));

        Assert.Empty(stillStanding.Effects);
        var effect = Assert.Single(expired.Effects);
        Assert.Equal(EnforcementAction.WarningExpired, effect.Action);
        Assert.Equal(WarningState.Expired, Assert.Single(expired.Record.Warnings).State);
    }

    [Fact]
    public void StandingWarningOn_Dates_OnlyWithinTheWindow()
    {
        var record = EnforcementRecord.Empty.RecordFailure(EnforcementEvents.Appointment("a1", "2027-02-01"), Calendars.Date("2027-02-01"), NationalStandardsPolicy.Seeded, Calendars.Embedded()).Record;

        Assert.Null(record.StandingWarningOn(Calendars.Date("2027-01-31")));
        Assert.NotNull(record.StandingWarningOn(Calendars.Date("2028-01-31")));
        Assert.Null(record.StandingWarningOn(Calendars.Date("2028-02-01")));
    }

    [Fact]
    public void Serialize_AsOrchestrationState_RoundTrips()
    {
        var calendar = Calendars.Embedded();
        var record = EnforcementRecord.Empty
            .RecordFailure(EnforcementEvents.Appointment("a1", "2027-02-01"), Calendars.Date("2027-02-01"), NationalStandardsPolicy.Seeded, calendar).Record
            .RecordFailure(EnforcementEvents.Appointment("a2", "2027-03-01"), Calendars.Date("2027-03-01"), NationalStandardsPolicy.Seeded, calendar).Record;

        var json = JsonSerializer.Serialize(record, OrderJson.Options);
        var copy = JsonSerializer.Deserialize<EnforcementRecord>(json, OrderJson.Options)!;

        Assert.Equal(json, JsonSerializer.Serialize(copy, OrderJson.Options));
        Assert.Equal(BreachState.Due, copy.OpenBreach!.State);
        Assert.DoesNotContain("isOpen", json, StringComparison.Ordinal);
    }
}
