using System.Text.Json.Serialization;

namespace Probation.Orders.Documents;

/// <summary>The custody block of a <see cref="OrderType.Custody"/> order.</summary>
/// <param name="ExpectedReleaseDate">Conditional or automatic release date; the tariff expiry date for indeterminate sentences.</param>
/// <param name="LicenceEndDate">When licence supervision ends.</param>
/// <param name="Indeterminate">Life or IPP sentence.</param>
/// <param name="ParoleEligibilityDate">Set when release depends on the Parole Board; handover counts from it.</param>
/// <param name="ReceptionDate">Reception into prison, when already known.</param>
/// <param name="Prison">Three-letter prison code, e.g. <c>SWI</c>.</param>
public sealed record CustodyDetails(
    DateOnly ExpectedReleaseDate,
    DateOnly LicenceEndDate,
    bool Indeterminate,
    DateOnly? ParoleEligibilityDate = null,
    DateOnly? ReceptionDate = null,
    string? Prison = null)
{
    /// <summary>
    /// The date handover and release planning count from: the parole eligibility date if any, else the expected
    /// release date.
    /// </summary>
    [JsonIgnore]
    public DateOnly ReleaseDate => ParoleEligibilityDate ?? ExpectedReleaseDate;
}
