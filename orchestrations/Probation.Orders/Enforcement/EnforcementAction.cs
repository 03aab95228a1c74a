namespace Probation.Orders.Enforcement;

/// <summary>What an enforcement step did, for the orchestration to act on (letters, duties, reminders).</summary>
public enum EnforcementAction
{
    /// <summary>
    /// A warning was issued: send the letter, T-EXPLAIN-ACT is met, T-EXPLAIN runs to <c>explainBy</c>.
    /// </summary>
    WarningIssued = 1,

    /// <summary>Breach is due: open T-BREACH-ACT and an early review (T-EARLY).</summary>
    BreachDue = 2,

    /// <summary>A further failure while a breach is already open: recorded, nothing new is due.</summary>
    AlreadyInBreach = 3,

    /// <summary>This appointment's failure was already recorded.</summary>
    AlreadyRecorded = 4,

    /// <summary>A failure on licence: the OM considers recall.</summary>
    RecallConsiderationRaised = 5,

    /// <summary>An acceptable explanation in time: the warning is withdrawn.</summary>
    WarningWithdrawn = 6,

    /// <summary>The warning's 12 months ran out.</summary>
    WarningExpired = 7,

    /// <summary>An acceptable explanation after <c>explainBy</c>: the warning stands.</summary>
    ExplanationTooLate = 8,

    /// <summary>
    /// The explanation was not acceptable, or came after the breach decision: the warning or breach stands.
    /// </summary>
    ExplanationNotAccepted = 9,

    /// <summary>No open warning or breach for that appointment.</summary>
    ExplanationNotMatched = 10,

    /// <summary>The breach is no longer due: close T-BREACH-ACT.</summary>
    BreachCancelled = 11,

    /// <summary>Proceedings initiated: T-BREACH-ACT is met.</summary>
    BreachInitiated = 12,

    /// <summary>A compliance review was recorded instead: T-BREACH-ACT is met.</summary>
    ComplianceReviewRecorded = 13,

    /// <summary>The court dealt with the breach.</summary>
    BreachResolved = 14,
}
