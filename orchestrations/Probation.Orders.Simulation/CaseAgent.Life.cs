using Probation.Orders.Documents;
using Probation.Orders.Enforcement;
using Probation.Orders.Events;
using Probation.Orders.Identifiers;

namespace Probation.Orders.Simulation;

/// <summary>What happens to the person regardless of duties: release, life events, risk changes, the court.</summary>
internal sealed partial class CaseAgent
{
    private static StaffId Prison { get; } = new("PRISON01");

    private void PlanLife(DateOnly today)
    {
        if (order.Custody is { } custody)
        {
            var early = Dice.Chance(Rates.ReleasedEarly, index, "released early") ? 7 * Dice.Between(1, 8, index, "weeks early") : 0;
            var release = custody.ReleaseDate.AddDays(-early);
            Plan(release, today, StaffEventNames.CustodyEvent, (id, on) => new CustodyEvent(id, Prison, CustodyEventKind.Released, on, LicenceEndDate: custody.LicenceEndDate));
        }

        if (Dice.Chance(Rates.LifeEvent, index, "life event"))
        {
            Plan(today.AddDays(Dice.Between(30, 330, index, "life event day")), today, StaffEventNames.SignificantEvent,
                (id, on) => new SignificantEvent(id, ManagerOf(_latest!), SignificantEventKind.LifeEvent, on));
        }

        if (Dice.Chance(Rates.RiskChange, index, "risk change"))
        {
            var risk = new Risk(Dice.Chance(0.5, index, "riskier") ? RoshLevel.High : RoshLevel.Low, LikelihoodLevel.Medium, false, 0);
            Plan(today.AddDays(Dice.Between(30, 330, index, "risk change day")), today, StaffEventNames.SignificantEvent,
                (id, on) => new SignificantEvent(id, ManagerOf(_latest!), SignificantEventKind.RiskChanged, on, risk));
        }

        if (order.Requirements.Any(r => r.Type == RequirementType.Programme) && Dice.Chance(Rates.ProgrammeCompleted, index, "programme completed"))
        {
            Plan(today.AddDays(26 * 7), today, StaffEventNames.SignificantEvent,
                (id, on) => new SignificantEvent(id, ManagerOf(_latest!), SignificantEventKind.ProgrammeCompleted, on));
        }

        if (Dice.Chance(Rates.Terminated, index, "terminated"))
        {
            Plan(today.AddDays(Dice.Between(30, 330, index, "terminated day")), today, StaffEventNames.Termination,
                (id, on) => new TerminationEvent(id, ManagerOf(_latest!), TerminationOutcome.Terminated, on, "transferred out of England and Wales"));
        }
    }

    /// <summary>The court hears initiated breach proceedings three to six weeks later.</summary>
    private void PlanCourt(BreachCase breach, DateOnly today)
    {
        var roll = Dice.Roll(index, "court", breach.BreachId);
        var outcome = roll switch
        {
            < Rates.CourtContinues => CourtOutcome.Continued,
            < Rates.CourtContinues + Rates.CourtRevokes => CourtOutcome.Revoked,
            < Rates.CourtContinues + Rates.CourtRevokes + Rates.CourtResentences => CourtOutcome.Resentenced,
            _ => order.OrderType == OrderType.SuspendedSentenceOrder ? CourtOutcome.CustodyActivated : CourtOutcome.Continued,
        };
        var hearing = (breach.DecidedOn ?? today).AddDays(Dice.Between(21, 42, index, "hearing", breach.BreachId));
        Plan(hearing, today, StaffEventNames.CourtOutcome, (id, on) => new CourtOutcomeEvent(id, ManagerOf(_latest!), outcome, on));
    }
}
