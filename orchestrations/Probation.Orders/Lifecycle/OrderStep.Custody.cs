using Probation.Orders.Activities;
using Probation.Orders.Events;
using Probation.Orders.Rules;
using Probation.Orders.Views;

namespace Probation.Orders.Lifecycle;

/// <summary>Custody movements: reception, transfer, release onto licence and recall.</summary>
internal sealed partial class OrderStep
{
    private static readonly string[] CustodyRules =
        [SupervisorAllocationRule.Id, SupervisorContactRule.Id, CustodyPlanRule.Id, OffenderManagerContactRule.Id];

    private static readonly string[] LicenceRules =
        [FirstAppointmentRule.Id, ContactLevelRule.Id, ReviewRule.Id, EarlyReviewRule.Id];

    private void RecordCustodyEvent(CustodyEvent e)
    {
        switch (e.Kind)
        {
            case CustodyEventKind.Received:
                Record(TimelineKind.CustodyMovement, e.StaffId.Value, $"received into {e.Prison} on {Iso(e.Date)}{(e.NomsNumber is { } noms ? $", NOMS number {noms.Value}" : string.Empty)}");
                if (IsOpen(SupervisorAllocationRule.Id))
                {
                    RearmSupervisorAllocation(e.Date);
                }

                break;
            case CustodyEventKind.Transferred:
                Record(TimelineKind.CustodyMovement, e.StaffId.Value, $"transferred to {e.Prison} on {Iso(e.Date)}");
                _allocation = _allocation is null ? null : _allocation with { SupervisorId = null };
                RearmSupervisorAllocation(e.Date);
                Notify(StaffNoticeKind.PrisonTransfer, e.Date, e.EventId.Value, $"transferred to {e.Prison} on {Iso(e.Date)}: a new offender supervisor is due");
                break;
            case CustodyEventKind.Released:
                Release(e);
                break;
            case CustodyEventKind.Recalled:
                foreach (var ruleId in LicenceRules)
                {
                    CloseAll(ruleId, e.Date);
                }

                ReturnToCustody(PhaseTrigger.Recalled, e.Date, e.StaffId.Value);
                break;
        }
    }

    private void RearmSupervisorAllocation(DateOnly from)
    {
        CloseAll(SupervisorAllocationRule.Id, Today);
        Open(SupervisorAllocationRule.Due(from, Policy, Calendar));
    }

    /// <summary>Licence supervision starts on the actual release date, which may differ from the expected one.</summary>
    private void Release(CustodyEvent e)
    {
        _phase = OrderPhaseTransitions.Next(_phase, PhaseTrigger.Released, Order.OrderType);
        Record(TimelineKind.Released, e.StaffId.Value, $"released on licence on {Iso(e.Date)}");
        foreach (var ruleId in CustodyRules)
        {
            CloseAll(ruleId, e.Date);
        }

        BringHandoverForward(e.Date);
        if (e.LicenceEndDate is { } licenceEnd && licenceEnd != _endDate)
        {
            SetEnd(OrderEndRule.LicenceEnd(licenceEnd));
        }

        OpenSupervisionDuties(e.Date);
    }

    /// <summary>A release before the planned handover makes the community OM responsible from the release date.</summary>
    private void BringHandoverForward(DateOnly releasedOn)
    {
        foreach (var planned in _duties.Where(d => d.RuleId == HandoverRule.Id && d.State == DutyState.Open && d.DueDate > releasedOn).ToList())
        {
            Close(planned.DutyId, releasedOn);
            Open(new DutyDue(HandoverRule.Id, releasedOn,
                $"released on {Iso(releasedOn)}, before the planned handover date {Iso(planned.DueDate)}: the community OM is responsible from release"));
        }
    }

    /// <summary>Recall from licence, or a suspended sentence activated: custody duties start again.</summary>
    private void ReturnToCustody(PhaseTrigger trigger, DateOnly on, string by)
    {
        _phase = OrderPhaseTransitions.Next(_phase, trigger, Order.OrderType);
        Record(TimelineKind.ReturnedToCustody, by, $"{trigger} on {Iso(on)}");
        Open(SupervisorAllocationRule.Due(on, Policy, Calendar));
    }
}
