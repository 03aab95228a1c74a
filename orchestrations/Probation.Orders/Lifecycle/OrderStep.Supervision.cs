using Probation.Orders.Activities;
using Probation.Orders.Events;
using Probation.Orders.Rules;
using Probation.Orders.Tiering;
using Probation.Orders.Views;

namespace Probation.Orders.Lifecycle;

/// <summary>Allocation, plans, reviews and significant events.</summary>
internal sealed partial class OrderStep
{
    /// <summary>Scheduled reviews: always on licence; in the community not for tier 1 without supervision.</summary>
    private bool ReviewsApply => _phase == OrderPhase.Licence || ReviewRule.Applies(_tier.Value, Order.Requirements);

    private void Allocate(AllocationEvent e)
    {
        var previous = _allocation;
        var newManager = previous?.OffenderManagerId != e.OffenderManagerId;
        if (previous is not null && newManager)
        {
            // A different offender manager taking over an allocated order is the handover to the community OM.
            MeetAll(HandoverRule.Id, Today);
        }

        _allocation = new Allocation(e.OffenderManagerId, e.TeamId, e.SupervisorId ?? previous?.SupervisorId);
        MeetAll(AllocationRule.Id, Today);
        if (e.SupervisorId is not null)
        {
            MeetAll(SupervisorAllocationRule.Id, Today);
        }

        var supervisor = e.SupervisorId is { } id ? $", offender supervisor {id}" : string.Empty;
        Record(TimelineKind.Allocated, e.StaffId.Value, $"offender manager {e.OffenderManagerId}, team {e.TeamId}{supervisor}");
        if (newManager)
        {
            Notify(StaffNoticeKind.Allocated, Today, e.EventId.Value, $"order allocated to you in team {e.TeamId}");
        }
    }

    private void CompletePlan(PlanCompletedEvent e)
    {
        if (_phase == OrderPhase.Community)
        {
            MeetAll(SentencePlanRule.Id, e.CompletedOn);
        }
        else if (_phase == OrderPhase.Custody && IsOpen(CustodyPlanRule.Id))
        {
            MeetAll(CustodyPlanRule.Id, e.CompletedOn);
            Open(CustodyPlanRule.NextDue(e.CompletedOn, Policy, Calendar));
        }

        Record(TimelineKind.PlanCompleted, e.StaffId.Value, $"plan completed on {Iso(e.CompletedOn)}");
    }

    /// <summary>A review meets the scheduled and any early review, and the 16-week cycle restarts from it.</summary>
    private void CompleteReview(ReviewCompletedEvent e)
    {
        if (_phase is OrderPhase.Community or OrderPhase.Licence)
        {
            MeetAll(EarlyReviewRule.Id, e.CompletedOn);
            MeetAll(ReviewRule.Id, e.CompletedOn);
            if (ReviewsApply)
            {
                Open(ReviewRule.Due(e.CompletedOn, Policy, Calendar));
            }
        }

        Record(TimelineKind.ReviewCompleted, e.StaffId.Value, $"review completed on {Iso(e.CompletedOn)}");
    }

    private void RecordSignificantEvent(SignificantEvent e)
    {
        Record(TimelineKind.SignificantEvent, e.StaffId.Value, $"{e.Kind} on {Iso(e.Date)}");
        if (e is { Kind: SignificantEventKind.RiskChanged, Risk: { } risk })
        {
            Retier(TierCalculator.Derive(risk), e.Date, e.StaffId.Value);
        }

        if (_phase is OrderPhase.Community or OrderPhase.Licence)
        {
            BringReviewForward(e.Date);
        }
    }

    private void BringReviewForward(DateOnly eventDate)
    {
        if (!IsOpen(EarlyReviewRule.Id))
        {
            Open(EarlyReviewRule.Due(eventDate, Policy, Calendar));
        }
    }

    private void Retier(Tier tier, DateOnly on, string by)
    {
        if (tier == _tier)
        {
            return;
        }

        var before = _tier;
        _tier = tier;
        Record(TimelineKind.TierChanged, by, $"tier {before.Value} to {tier.Value}: {tier.Reason}");
        if (_phase is not (OrderPhase.Community or OrderPhase.Licence))
        {
            return;
        }

        var reviewOpen = IsOpen(ReviewRule.Id);
        if (ReviewsApply && !reviewOpen)
        {
            Open(ReviewRule.Due(on, Policy, Calendar));
        }
        else if (!ReviewsApply && reviewOpen)
        {
            CloseAll(ReviewRule.Id, Today);
        }
    }
}
