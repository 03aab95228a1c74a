namespace Probation.Orders.Rules;

/// <summary>The sentence kinds the handover rule tells apart (Manage POM Cases' rules, April 2023 onwards).</summary>
public enum HandoverKind
{
    /// <summary>
    /// Little time to serve, or a handover that would fall before sentence: the community OM is responsible from
    /// the start.
    /// </summary>
    CommunityFromStart = 1,

    /// <summary>Life or IPP: handover 12 months before the release date.</summary>
    Indeterminate = 2,

    /// <summary>Determinate with a parole eligibility date: handover 12 months before it.</summary>
    DeterminateWithParole = 3,

    /// <summary>Other determinate sentences: handover 8 months and 14 days before release.</summary>
    Determinate = 4,
}
