namespace Probation.Orders.Tiering;

/// <summary>Who holds a case of a tier ([000] L261-265).</summary>
public enum StaffGrade
{
    /// <summary>Probation service officer: tiers 1 and 2.</summary>
    ProbationServiceOfficer = 1,

    /// <summary>Probation officer: tiers 3 and 4.</summary>
    ProbationOfficer = 2,
}
