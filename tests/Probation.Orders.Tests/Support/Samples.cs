using Probation.Orders.Documents;
using Probation.Orders.Identifiers;

namespace Probation.Orders.Support;

/// <summary>Documents built fresh for each test: the API.md example and variations on it.</summary>
internal static class Samples
{
    /// <summary>docs/examples/order.json: the API.md example with one change, its PNC check letter corrected from Z to L.</summary>
    public static readonly string ApiExampleJson = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "order.json"));

    public static OrderDocument CommunityOrder() => new(
        new OrderId("ORD-2026-000123"),
        new Person(new Crn("X123456"), new NomsNumber("A1234BC"), new Pnc("2026/0123456L"), "Sam", "Doe", new DateOnly(1990, 1, 31)),
        new Court("B01GU", "Example Magistrates' Court"),
        new DateOnly(2026, 12, 23),
        OrderType.CommunityOrder,
        12,
        [new Requirement(RequirementType.Supervision), new Requirement(RequirementType.UnpaidWork, 120)],
        new Risk(RoshLevel.Medium, LikelihoodLevel.High, false, 0),
        null,
        new OffenderManagerAssignment(new StaffId("S0042"), new TeamId("T07")));

    public static OrderDocument CustodyOrder() => CommunityOrder() with
    {
        OrderType = OrderType.Custody,
        LengthMonths = 36,
        Requirements = [],
        Custody = new CustodyDetails(new DateOnly(2028, 6, 30), new DateOnly(2029, 12, 22), false, ReceptionDate: new DateOnly(2026, 12, 23), Prison: "SWI"),
    };
}
