using Probation.Orders.Identifiers;

namespace Probation.Orders.Documents;

/// <summary>
/// A new order as the court sends it (API.md, "Court systems: new orders"). Read it with
/// <see cref="Validation.DocumentReader.ReadOrder"/>, which lists every problem before anything starts.
/// </summary>
/// <param name="LengthMonths">Length of a community order or the operational period of an SSO; optional for custody.</param>
/// <param name="Requirements">The order's requirements; absent means none.</param>
/// <param name="Custody">Present for <see cref="OrderType.Custody"/> orders only.</param>
/// <param name="OffenderManager">Present when the court already knows the allocation.</param>
public sealed record OrderDocument(
    OrderId OrderId,
    Person Person,
    Court Court,
    DateOnly SentenceDate,
    OrderType OrderType,
    int? LengthMonths,
    IReadOnlyList<Requirement>? Requirements,
    Risk Risk,
    CustodyDetails? Custody = null,
    OffenderManagerAssignment? OffenderManager = null)
{
    /// <summary>The order's requirements, never null.</summary>
    public IReadOnlyList<Requirement> Requirements { get; init; } = Requirements ?? [];

    /// <summary>
    /// Value equality including the requirement list, so that the same document posted twice is
    /// recognised as the same (202) and a different one under the same id as a conflict (409).
    /// </summary>
    public bool Equals(OrderDocument? other) =>
        other is not null
        && OrderId == other.OrderId
        && Person == other.Person
        && Court == other.Court
        && SentenceDate == other.SentenceDate
        && OrderType == other.OrderType
        && LengthMonths == other.LengthMonths
        && Requirements.SequenceEqual(other.Requirements)
        && Risk == other.Risk
        && Custody == other.Custody
        && OffenderManager == other.OffenderManager;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(OrderId, SentenceDate, OrderType, Requirements.Count);
}
