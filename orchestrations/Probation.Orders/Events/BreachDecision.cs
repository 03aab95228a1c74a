namespace Probation.Orders.Events;

/// <summary>What was decided once breach was due.</summary>
public enum BreachDecision
{
    /// <summary>The offender manager refers the order back to court.</summary>
    InitiateBreach = 1,

    /// <summary>A manager records a compliance review instead, with a reason.</summary>
    ComplianceReview = 2,
}
