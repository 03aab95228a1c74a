using Probation.Orders.Policy;
using Probation.Orders.Support;

namespace Probation.Orders.Enforcement;

public sealed class EnforcementRecordExplanationsTests
{
    [Fact]
    public void RecordExplanation_AcceptableByExplainBy_WithdrawsTheWarning()
    {
        var calendar = Calendars.Embedded();
        var warned = Warned(calendar);

        var result = warned.RecordExplanation(EnforcementEvents.Explanation("a1", "2027-02-08", acceptable: true), NationalStandardsPolicy.Seeded, calendar);

        var effect = Assert.Single(result.Effects);
        Assert.Equal(EnforcementAction.WarningWithdrawn, effect.Action);
        Assert.Equal(WarningState.Withdrawn, Assert.Single(result.Record.Warnings).State);
    }

    [Fact]
    public void RecordExplanation_WithdrawnWarning_NextFailureGetsAWarningNotABreach()
    {
        var calendar = Calendars.Embedded();
        var withdrawn = Warned(calendar).RecordExplanation(EnforcementEvents.Explanation("a1", "2027-02-03", acceptable: true), NationalStandardsPolicy.Seeded, calendar).Record;

        var result = withdrawn.RecordFailure(EnforcementEvents.Appointment("a2", "2027-03-01"), Calendars.Date("2027-03-01"), NationalStandardsPolicy.Seeded, calendar);

        Assert.Equal([EnforcementAction.WarningIssued], result.Effects.Select(e => e.Action));
    }

    [Fact]
    public void RecordExplanation_AcceptableAfterExplainBy_WarningStands()
    {
        var calendar = Calendars.Embedded();
        var warned = Warned(calendar);

        var result = warned.RecordExplanation(EnforcementEvents.Explanation("a1", "2027-02-09", acceptable: true), NationalStandardsPolicy.Seeded, calendar);

        Assert.Equal([EnforcementAction.ExplanationTooLate], result.Effects.Select(e => e.Action));
        Assert.Equal(WarningState.Standing, Assert.Single(result.Record.Warnings).State);
    }

    [Fact]
    public void RecordExplanation_NotAcceptable_WarningStands()
    {
        var calendar = Calendars.Embedded();
        var warned = Warned(calendar);

        var result = warned.RecordExplanation(EnforcementEvents.Explanation("a1", "2027-02-02", acceptable: false), NationalStandardsPolicy.Seeded, calendar);

        Assert.Equal([EnforcementAction.ExplanationNotAccepted], result.Effects.Select(e => e.Action));
        Assert.Same(warned, result.Record);
    }

    [Fact]
    public void RecordExplanation_AcceptableForTheBreachFailureBeforeDecision_CancelsTheBreach()
    {
        var calendar = Calendars.Embedded();
        var inBreach = InBreach(calendar);

        var result = inBreach.RecordExplanation(EnforcementEvents.Explanation("a2", "2027-03-20", acceptable: true), NationalStandardsPolicy.Seeded, calendar);

        var effect = Assert.Single(result.Effects);
        Assert.Equal(EnforcementAction.BreachCancelled, effect.Action);
        Assert.Equal(BreachState.Cancelled, effect.Breach!.State);
        Assert.Null(result.Record.OpenBreach);
        Assert.Equal(WarningState.Standing, Assert.Single(result.Record.Warnings).State);
    }

    [Fact]
    public void RecordExplanation_WithdrawsTheWarningBehindABreach_BreachCancelledAndFailureWarnedInstead()
    {
        var calendar = Calendars.Embedded();
        var record = Warned(calendar).RecordFailure(EnforcementEvents.Appointment("a2", "2027-02-03"), Calendars.Date("2027-02-03"), NationalStandardsPolicy.Seeded, calendar).Record;

        var result = record.RecordExplanation(EnforcementEvents.Explanation("a1", "2027-02-04", acceptable: true), NationalStandardsPolicy.Seeded, calendar);

        Assert.Equal([EnforcementAction.WarningWithdrawn, EnforcementAction.BreachCancelled, EnforcementAction.WarningIssued], result.Effects.Select(e => e.Action));
        var replacement = result.Effects[2].Warning!;
        Assert.Equal(("warning-a2", Calendars.Date("2027-02-04"), Calendars.Date("2027-02-11")), (replacement.WarningId, replacement.IssuedOn, replacement.ExplainBy));
        Assert.Null(result.Record.OpenBreach);
    }

    [Fact]
    public void RecordExplanation_AfterBreachInitiated_BreachStands()
    {
        var calendar = Calendars.Embedded();
        var initiated = InBreach(calendar).RecordBreachDecision(EnforcementEvents.Decision(Events.BreachDecision.InitiateBreach, "2027-03-05")).Record;

        var result = initiated.RecordExplanation(EnforcementEvents.Explanation("a2", "2027-03-08", acceptable: true), NationalStandardsPolicy.Seeded, calendar);

        Assert.Equal([EnforcementAction.ExplanationNotAccepted], result.Effects.Select(e => e.Action));
        Assert.Equal(BreachState.Initiated, result.Record.OpenBreach!.State);
    }

    [Fact]
    public void RecordExplanation_UnknownAppointment_NotMatched()
    {
        var calendar = Calendars.Embedded();
        var warned = Warned(calendar);

        var result = warned.RecordExplanation(EnforcementEvents.Explanation("zz", "2027-02-02", acceptable: true), NationalStandardsPolicy.Seeded, calendar);

        Assert.Equal([EnforcementAction.ExplanationNotMatched], result.Effects.Select(e => e.Action));
    }

    private static EnforcementRecord Warned(Calendar.WorkingDayCalendar calendar) =>
        EnforcementRecord.Empty.RecordFailure(EnforcementEvents.Appointment("a1", "2027-02-01"), Calendars.Date("2027-02-01"), NationalStandardsPolicy.Seeded, calendar).Record;

    private static EnforcementRecord InBreach(Calendar.WorkingDayCalendar calendar) =>
        Warned(calendar).RecordFailure(EnforcementEvents.Appointment("a2", "2027-03-01"), Calendars.Date("2027-03-01"), NationalStandardsPolicy.Seeded, calendar).Record;
}
