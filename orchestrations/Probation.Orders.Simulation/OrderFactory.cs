using System.Globalization;
using Probation.Orders.Calendar;
using Probation.Orders.Documents;
using Probation.Orders.Identifiers;

namespace Probation.Orders.Simulation;

/// <summary>Makes the simulated orders: disposals, requirements, risk and custody dates in the mix of <see cref="Rates"/>.</summary>
internal sealed class OrderFactory(Dice dice, WorkingDayCalendar calendar, SimulationSettings settings)
{
    public const int Teams = 40;

    public OrderDocument Create(int index)
    {
        var sentenced = calendar.AddWorkingDays(settings.Start.AddDays(-1), 1 + dice.Between(0, settings.IntakeWorkingDays - 1, index, "sentenced"));
        var kind = dice.Roll(index, "disposal");
        var type = kind < Rates.CommunityOrder ? OrderType.CommunityOrder
            : kind < Rates.CommunityOrder + Rates.SuspendedSentence ? OrderType.SuspendedSentenceOrder
            : OrderType.Custody;
        var person = new Person(new Crn($"X{index:D6}"), null, null, "Sim", $"Case{index}", new DateOnly(1990, 1, 1));
        var document = new OrderDocument(
            new OrderId($"SIM-{settings.Seed}-{index:D6}"), person, new Court("B01GU", "Simulated Magistrates' Court"), sentenced, type,
            null, [], RiskFor(index), null, dice.Chance(Rates.AllocatedByCourt, index, "court allocates") ? Manager(index, "OM") : null);
        return type == OrderType.Custody ? WithCustody(document, index) : WithRequirements(document, index);
    }

    /// <summary>The offender manager staff would pick for this case: one of ten in the case's team.</summary>
    public OffenderManagerAssignment Manager(int index, string role) =>
        new(new StaffId(string.Create(CultureInfo.InvariantCulture, $"{role}{index % Teams:D2}{dice.Between(0, 9, index, role)}")), Team(index));

    private static TeamId Team(int index) => new(string.Create(CultureInfo.InvariantCulture, $"T{index % Teams:D2}"));

    private Risk RiskFor(int index)
    {
        var rosh = dice.Roll(index, "rosh") switch
        {
            < Rates.RoshLow => RoshLevel.Low,
            < Rates.RoshLow + Rates.RoshMedium => RoshLevel.Medium,
            < Rates.RoshLow + Rates.RoshMedium + Rates.RoshHigh => RoshLevel.High,
            _ => RoshLevel.VeryHigh,
        };
        var likelihood = dice.Roll(index, "likelihood") switch
        {
            < Rates.LikelihoodLow => LikelihoodLevel.Low,
            < Rates.LikelihoodLow + Rates.LikelihoodMedium => LikelihoodLevel.Medium,
            _ => LikelihoodLevel.High,
        };
        var mappa = dice.Chance(Rates.MappaTwoOrThree, index, "mappa") ? 2 : 0;
        return new Risk(rosh, likelihood, dice.Chance(Rates.Ppo, index, "ppo"), mappa);
    }

    private OrderDocument WithRequirements(OrderDocument document, int index)
    {
        var mix = dice.Roll(index, "requirements");
        List<Requirement> requirements = mix switch
        {
            < Rates.SupervisionOnly => [new(RequirementType.Supervision)],
            < Rates.SupervisionOnly + Rates.UnpaidWorkOnly => [new(RequirementType.UnpaidWork, 40 * dice.Between(1, 5, index, "hours"))],
            _ => [new(RequirementType.Supervision), new(RequirementType.UnpaidWork, 40 * dice.Between(1, 5, index, "hours"))],
        };
        if (dice.Chance(Rates.WithProgramme, index, "programme"))
        {
            requirements.Add(new Requirement(RequirementType.Programme));
        }

        var months = dice.Between(0, 3, index, "length") switch { 0 or 1 => 12, 2 => 18, _ => 24 };
        return document with { LengthMonths = months, Requirements = requirements };
    }

    private OrderDocument WithCustody(OrderDocument document, int index)
    {
        var sentenced = document.SentenceDate;
        var nomsNumber = new NomsNumber(string.Create(CultureInfo.InvariantCulture, $"A{index % 10000:D4}BC"));
        var person = document.Person with { NomsNumber = nomsNumber };
        if (dice.Chance(Rates.Indeterminate, index, "indeterminate"))
        {
            var tariff = sentenced.AddYears(dice.Between(5, 10, index, "tariff"));
            return document with { Person = person, Custody = new CustodyDetails(tariff, tariff.AddYears(10), true, ReceptionDate: sentenced, Prison: "SWI") };
        }

        var custodialMonths = dice.Between(3, 36, index, "custodial months");
        var release = sentenced.AddMonths(custodialMonths);
        DateOnly? parole = dice.Chance(Rates.ParoleEligible, index, "parole") ? release.AddMonths(-2) : null;
        var custody = new CustodyDetails(release, release.AddMonths(custodialMonths), false, parole, sentenced, "SWI");
        return document with { Person = person, LengthMonths = 2 * custodialMonths, Custody = custody };
    }
}
