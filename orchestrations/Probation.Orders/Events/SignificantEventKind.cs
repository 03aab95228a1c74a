namespace Probation.Orders.Events;

/// <summary>An event that brings the next review forward (T-EARLY).</summary>
public enum SignificantEventKind
{
    /// <summary>An accredited programme was completed.</summary>
    ProgrammeCompleted = 1,

    /// <summary>A significant life event that may change the risk.</summary>
    LifeEvent = 2,

    /// <summary>The risk assessment changed; carries the new risk.</summary>
    RiskChanged = 3,
}
