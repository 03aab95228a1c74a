namespace Probation.Orders.Views;

/// <summary>What a timeline entry records.</summary>
public enum TimelineKind
{
    /// <summary>The court's order arrived.</summary>
    OrderReceived = 1,

    /// <summary>An offender manager, team or supervisor was allocated.</summary>
    Allocated = 2,

    /// <summary>An appointment and how it went.</summary>
    AppointmentRecorded = 3,

    /// <summary>A warning was issued and its letter sent.</summary>
    WarningIssued = 4,

    /// <summary>An acceptable explanation withdrew a warning.</summary>
    WarningWithdrawn = 5,

    /// <summary>A warning's 12 months ran out.</summary>
    WarningExpired = 6,

    /// <summary>An explanation was recorded (and what it changed).</summary>
    ExplanationRecorded = 7,

    /// <summary>A further failure while a warning stood: breach is due.</summary>
    BreachDue = 8,

    /// <summary>Breach proceedings were initiated or a compliance review recorded.</summary>
    BreachDecided = 9,

    /// <summary>A breach was no longer needed.</summary>
    BreachCancelled = 10,

    /// <summary>The court dealt with a breach.</summary>
    CourtOutcome = 11,

    /// <summary>A sentence or custody plan was completed.</summary>
    PlanCompleted = 12,

    /// <summary>A formal review was completed.</summary>
    ReviewCompleted = 13,

    /// <summary>A programme completion, life event or risk change.</summary>
    SignificantEvent = 14,

    /// <summary>The tier changed.</summary>
    TierChanged = 15,

    /// <summary>Received into prison or transferred.</summary>
    CustodyMovement = 16,

    /// <summary>Released on licence.</summary>
    Released = 17,

    /// <summary>Recalled to custody, or a suspended sentence activated.</summary>
    ReturnedToCustody = 18,

    /// <summary>A failure on licence raised a recall consideration.</summary>
    RecallConsiderationRaised = 19,

    /// <summary>A duty's date passed with the duty unmet and no way left to meet it.</summary>
    DutyMissed = 20,

    /// <summary>The order ended.</summary>
    OrderEnded = 21,

    /// <summary>An event contradicted the order's state and had no effect.</summary>
    EventRejected = 22,
}
