using Probation.Orders.Activities;
using Probation.Orders.Documents;
using Probation.Orders.Identifiers;
using Probation.Orders.Lifecycle;
using Probation.Orders.Tiering;
using Probation.Orders.Views;

namespace Probation.Functions.Reminders;

/// <summary>Order views with chosen duties, published as the orchestration would, for the report to count.</summary>
internal static class ReportViews
{
    public static OrderViewPublication Publication(string? teamId, params Duty[] duties)
    {
        var view = new OrderView(
            new OrderId(ReminderSamples.NewOrderId()),
            new Crn("X123456"),
            OrderType.CommunityOrder,
            OrderPhase.Community,
            new Tier(3, "RoSH Medium and likelihood of reoffending High", Overridden: false),
            ReminderSamples.Policy,
            teamId is null ? null : new Allocation(new StaffId("S0042"), new TeamId(teamId)),
            duties,
            [],
            [],
            [],
            EndDate: null,
            Outcome: null,
            RecentEventIds: [],
            Revision: 1,
            TimelineLength: 0,
            UpdatedAt: ReminderSamples.CreatedAt);
        return new OrderViewPublication(view, []);
    }

    public static Duty Duty(string ruleId, DateOnly dueDate, DutyState state, DateOnly? metOn = null) =>
        new($"{ruleId}:1", ruleId, dueDate, "reason", state, metOn);
}
