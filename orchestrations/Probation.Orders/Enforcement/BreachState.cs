namespace Probation.Orders.Enforcement;

/// <summary>Where a breach stands.</summary>
public enum BreachState
{
    /// <summary>A further failure while a warning stood: action is due (T-BREACH-ACT).</summary>
    Due = 1,

    /// <summary>The offender manager referred the order to court.</summary>
    Initiated = 2,

    /// <summary>A manager recorded a compliance review instead; the order continues.</summary>
    ComplianceReview = 3,

    /// <summary>An acceptable explanation, a withdrawn warning or the order's end removed the need.</summary>
    Cancelled = 4,

    /// <summary>The court dealt with it.</summary>
    Resolved = 5,
}
