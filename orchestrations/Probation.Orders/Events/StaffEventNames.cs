namespace Probation.Orders.Events;

/// <summary>
/// The stable external event names an order's orchestration waits for. Renaming one breaks running
/// orders, so these never change; a new shape gets a new name.
/// </summary>
public static class StaffEventNames
{
    /// <summary><see cref="AllocationEvent"/>.</summary>
    public const string Allocation = "Allocation";

    /// <summary><see cref="AppointmentEvent"/>.</summary>
    public const string Appointment = "Appointment";

    /// <summary><see cref="ExplanationEvent"/>.</summary>
    public const string Explanation = "Explanation";

    /// <summary><see cref="BreachDecisionEvent"/>.</summary>
    public const string BreachDecision = "BreachDecision";

    /// <summary><see cref="CourtOutcomeEvent"/>.</summary>
    public const string CourtOutcome = "CourtOutcome";

    /// <summary><see cref="PlanCompletedEvent"/>.</summary>
    public const string Plan = "Plan";

    /// <summary><see cref="ReviewCompletedEvent"/>.</summary>
    public const string Review = "Review";

    /// <summary><see cref="SignificantEvent"/>.</summary>
    public const string SignificantEvent = "SignificantEvent";

    /// <summary><see cref="CustodyEvent"/>.</summary>
    public const string CustodyEvent = "CustodyEvent";

    /// <summary><see cref="TerminationEvent"/>.</summary>
    public const string Termination = "Termination";

    /// <summary>
    /// Every name with the event type its body reads as, in the order the orchestration waits for them (that order is
    /// in running orders' histories, so it never changes either).
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, Type>> All { get; } =
    [
        new(Allocation, typeof(AllocationEvent)),
        new(Appointment, typeof(AppointmentEvent)),
        new(Explanation, typeof(ExplanationEvent)),
        new(BreachDecision, typeof(BreachDecisionEvent)),
        new(CourtOutcome, typeof(CourtOutcomeEvent)),
        new(Plan, typeof(PlanCompletedEvent)),
        new(Review, typeof(ReviewCompletedEvent)),
        new(SignificantEvent, typeof(Events.SignificantEvent)),
        new(CustodyEvent, typeof(Events.CustodyEvent)),
        new(Termination, typeof(TerminationEvent)),
    ];
}
