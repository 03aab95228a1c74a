using System.Globalization;
using Probation.Orders.Documents;
using Probation.Orders.Events;
using Probation.Orders.Identifiers;
using Probation.Orders.Rules;
using Probation.Orders.Views;

namespace Probation.Orders.Simulation;

/// <summary>
/// Appointments through a period of supervision (community order or licence): weekly (or fortnightly) for three
/// months, fortnightly for three more, then every four weeks, each kept or failed with the odds of <see cref="Rates"/>.
/// </summary>
internal sealed partial class CaseAgent
{
    private void PlanSupervision(OrderView view, DateOnly today)
    {
        var period = ++_period;
        var first = view.Duties.FirstOrDefault(d => d.RuleId == RuleIds.FirstAppointment && d.State == Lifecycle.DutyState.Open);
        var key = $"first-{period}";
        var day = first is null ? today.AddDays(7) : ActOn(first.DueDate, today, Rates.FirstAppointmentOnTime, key) ?? Calendar.AddWorkingDays(first.DueDate, 10);
        var weekly = Dice.Chance(Rates.WeeklyContactOffered, index, "weekly", key);
        var end = view.EndDate is { } orderEnd && orderEnd < world.Settings.End ? orderEnd : world.Settings.End;
        var unpaidWorkOnly = order.Requirements.All(r => r.Type == RequirementType.UnpaidWork) && order.Requirements.Count > 0;
        for (var number = 0; day < end; number++)
        {
            var kind = number == 0 ? AppointmentKind.Induction : unpaidWorkOnly ? AppointmentKind.UnpaidWork : AppointmentKind.Supervision;
            var outcome = Outcome(period, number);
            var appointmentId = new AppointmentId(string.Create(CultureInfo.InvariantCulture, $"A{index}-{period}-{number}"));
            Plan(day, today, StaffEventNames.Appointment, (id, on) => new AppointmentEvent(id, ManagerOf(view), appointmentId, on, kind, outcome), period: period);
            day = day.AddDays(Gap(day, today, weekly));
        }
    }

    private StaffId ManagerOf(OrderView view) => view.Allocation?.OffenderManagerId ?? world.Factory.Manager(index, "OM").StaffId;

    private static int Gap(DateOnly day, DateOnly start, bool weekly) => (day.DayNumber - start.DayNumber) switch
    {
        < 91 => weekly ? 7 : 14,
        < 182 => 14,
        _ => 28,
    };

    private AppointmentOutcome Outcome(int period, int number) =>
        Dice.Roll(index, "outcome", $"{period}-{number}") switch
        {
            < Rates.Attended => AppointmentOutcome.Attended,
            < Rates.Attended + Rates.MissedAcceptable => AppointmentOutcome.MissedAcceptable,
            < Rates.Attended + Rates.MissedAcceptable + Rates.MissedUnexplained => AppointmentOutcome.MissedUnexplained,
            _ => AppointmentOutcome.AttendedFailedToComply,
        };
}
