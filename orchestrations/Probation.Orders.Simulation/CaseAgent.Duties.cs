using Probation.Orders.Events;
using Probation.Orders.Identifiers;
using Probation.Orders.Lifecycle;
using Probation.Orders.Rules;
using Probation.Orders.Views;

namespace Probation.Orders.Simulation;

/// <summary>Acting on each duty as it appears in the view.</summary>
internal sealed partial class CaseAgent
{
    private void PlanDuty(Duty duty, OrderView view, DateOnly today)
    {
        var manager = view.Allocation?.OffenderManagerId ?? world.Factory.Manager(index, "OM").StaffId;
        var team = view.Allocation?.TeamId ?? world.Factory.Manager(index, "OM").TeamId;
        switch (duty.RuleId)
        {
            case RuleIds.Allocation:
                Act(duty, today, Rates.AllocationOnTime, StaffEventNames.Allocation, (id, _) => new AllocationEvent(id, Admin, manager, team));
                break;
            case RuleIds.SentencePlan or RuleIds.CustodyPlan:
                Act(duty, today, Rates.PlanOnTime, StaffEventNames.Plan, (id, on) => new PlanCompletedEvent(id, manager, on));
                break;
            case RuleIds.Review or RuleIds.EarlyReview:
                Act(duty, today, Rates.ReviewOnTime, StaffEventNames.Review, (id, on) => new ReviewCompletedEvent(id, manager, on));
                break;
            case RuleIds.BreachAction:
                var decision = Dice.Chance(Rates.ComplianceReview, index, "compliance review", duty.DutyId) ? BreachDecision.ComplianceReview : BreachDecision.InitiateBreach;
                Act(duty, today, Rates.BreachActionOnTime, StaffEventNames.BreachDecision, (id, on) => new BreachDecisionEvent(id, Manager, decision, "decided at supervision", on));
                break;
            case RuleIds.ExplanationWindow:
                PlanExplanation(duty, view, today);
                break;
            case RuleIds.SupervisorAllocation:
                var supervisor = world.Factory.Manager(index, "OS").StaffId;
                Act(duty, today, Rates.SupervisorOnTime, StaffEventNames.Allocation, (id, _) => new AllocationEvent(id, Admin, manager, team, supervisor));
                break;
            case RuleIds.SupervisorContact:
                Act(duty, today, Rates.SupervisorOnTime, StaffEventNames.Appointment, (id, on) => Contact(id, world.Factory.Manager(index, "OS").StaffId, on));
                break;
            case RuleIds.OffenderManagerContact:
                Act(duty, today, Rates.OffenderManagerContactOnTime, StaffEventNames.Appointment, (id, on) => Contact(id, manager, on));
                break;
            case RuleIds.Handover:
                var community = world.Factory.Manager(index, "COM");
                Act(duty, today, Rates.HandoverOnTime, StaffEventNames.Allocation, (id, _) => new AllocationEvent(id, Admin, community.StaffId, community.TeamId));
                break;
        }
    }

    private static StaffId Admin { get; } = new("ADMIN01");

    private static StaffId Manager { get; } = new("SPO01");

    private void Act(Duty duty, DateOnly today, double onTime, string name, Func<EventId, DateOnly, IStaffEvent> make)
    {
        if (ActOn(duty.DueDate, today, onTime, duty.DutyId) is { } on)
        {
            Plan(on, today, name, make, duty.DutyId);
        }
    }

    private AppointmentEvent Contact(EventId id, StaffId by, DateOnly on) =>
        new(id, by, new AppointmentId($"C{index}-{_sequence}"), on, AppointmentKind.Supervision, AppointmentOutcome.Attended);

    /// <summary>The person explains within the window, late, or never; the explanation is acceptable or not.</summary>
    private void PlanExplanation(Duty duty, OrderView view, DateOnly today)
    {
        var warning = view.Warnings.Single(w => duty.DutyId == Duty.IdFor(RuleIds.ExplanationWindow, w.WarningId));
        var acceptable = Dice.Chance(Rates.ExplanationAcceptable, index, "acceptable", duty.DutyId);
        if (ActOn(duty.DueDate, today, Rates.ExplainsInWindow, duty.DutyId) is { } on)
        {
            Plan(on, today, StaffEventNames.Explanation, (id, day) => new ExplanationEvent(id, Admin, warning.AppointmentId, day, acceptable));
        }
    }
}
