using Probation.Orders.Calendar;
using Probation.Orders.Documents;
using Probation.Orders.Enforcement;
using Probation.Orders.Rules;
using Probation.Orders.Tiering;
using Probation.Orders.Views;

namespace Probation.Orders.Lifecycle;

/// <summary>The first step: the order arrives, is tiered, and its first duties are set.</summary>
internal sealed partial class OrderStep
{
    /// <summary>The order has just arrived: its tier, allocation and first duties, and their creation reminders.</summary>
    public static OrderStepResult Start(OrderStepContext context)
    {
        var step = new OrderStep(Arriving(context.Order), context);
        step.Begin();
        step.Flush();
        return step.Finish();
    }

    private static OrderState Arriving(OrderDocument order) => new(
        OrderPhaseTransitions.Initial(order.OrderType),
        TierCalculator.Derive(order.Risk),
        order.OffenderManager is { } manager ? new Allocation(manager.StaffId, manager.TeamId) : null,
        [], [], EnforcementRecord.Empty, [], [], null, null, [], 0, 0, 0);

    private void Begin()
    {
        Record(TimelineKind.OrderReceived, $"court:{Order.Court.Code}",
            $"{Order.OrderType} sentenced {Iso(Order.SentenceDate)}; tier {_tier.Value}: {_tier.Reason}");

        // Counted from receipt when the order reaches probation after the sentence date (DOMAIN.md, T-ALLOC).
        var allocation = Open(AllocationRule.Due(Today > Order.SentenceDate ? Today : Order.SentenceDate, Policy, Calendar));
        if (_allocation is not null)
        {
            Meet(allocation, Today);
        }

        if (_phase == OrderPhase.Custody)
        {
            BeginCustody(Order.Custody!);
        }
        else
        {
            OpenSupervisionDuties(Order.SentenceDate);
        }

        SetEnd(OrderEndRule.EndDate(Order, Calendar));
    }

    private void BeginCustody(CustodyDetails custody)
    {
        Open(SupervisorAllocationRule.Due(custody.ReceptionDate ?? Order.SentenceDate, Policy, Calendar));
        Open(SupervisorContactRule.Due(Order.SentenceDate, Policy, Calendar));
        if (CustodyPlanRule.Applies(Order.SentenceDate, Order.LengthMonths, custody, Policy, Calendar))
        {
            Open(CustodyPlanRule.FirstDue(Order.SentenceDate, Policy, Calendar));
        }

        Open(OffenderManagerContactRule.Due(Order.SentenceDate, Policy, Calendar));
        if (HandoverRule.Calculate(Order.SentenceDate, custody, Policy, Calendar).Due is { } handover)
        {
            Open(handover);
        }
    }

    /// <summary>The duties of supervision in the community, from sentence or from release onto licence.</summary>
    private void OpenSupervisionDuties(DateOnly start)
    {
        Open(FirstAppointmentRule.Due(start, Policy, Calendar));
        if (ContactLevelRule.Applies(_tier.Value, Policy))
        {
            foreach (var checkpoint in ContactLevelRule.Checkpoints(start, Policy, Calendar))
            {
                _contactChecks.Add(new ContactCheck(Open(checkpoint.Due), checkpoint));
            }
        }

        if (_phase == OrderPhase.Community)
        {
            Open(SentencePlanRule.Due(start, Policy, Calendar));
        }

        if (ReviewsApply)
        {
            Open(ReviewRule.Due(start, Policy, Calendar));
        }
    }

    /// <summary>Sets the end date and its T-END duty, replacing an earlier one.</summary>
    private void SetEnd(CalculatedDate end)
    {
        CloseAll(OrderEndRule.Id, Today);
        _endDate = end.Date;
        Open(OrderEndRule.Due(end, Policy, Calendar));
    }
}
