using System.Text.Json.Serialization;

namespace Probation.Orders.Tiering;

/// <summary>
/// A case's tier, 1 (punish) to 4 (punish, help, change and control), with the reason staff see,
/// as API.md shows it: <c>{ "value": 3, "reason": "…", "overridden": false }</c>.
/// </summary>
public sealed record Tier(int Value, string Reason, bool Overridden)
{
    /// <summary>The lowest tier.</summary>
    public const int Lowest = 1;

    /// <summary>The highest tier.</summary>
    public const int Highest = 4;

    /// <summary>Who should hold the case: tiers 3-4 a probation officer, tiers 1-2 a PSO.</summary>
    [JsonIgnore]
    public StaffGrade HeldBy => Value >= 3 ? StaffGrade.ProbationOfficer : StaffGrade.ProbationServiceOfficer;
}
