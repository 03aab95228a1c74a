namespace Probation.Orders.Enforcement;

/// <summary>What changes a breach.</summary>
public enum BreachTrigger
{
    /// <summary>The OM initiates proceedings.</summary>
    InitiateBreach = 1,

    /// <summary>A manager records a compliance review.</summary>
    ComplianceReview = 2,

    /// <summary>An acceptable explanation for the failure, before the decision.</summary>
    ExplanationAccepted = 3,

    /// <summary>The warning that made breach due was withdrawn.</summary>
    WarningWithdrawn = 4,

    /// <summary>The court recorded an outcome.</summary>
    CourtOutcome = 5,

    /// <summary>The order ended.</summary>
    OrderEnded = 6,
}
