namespace Probation.Orders.Rules;

/// <summary>
/// The timed duties of DOMAIN.md by id. Each id has one file in this folder holding its default
/// figures and its calculation; the file is named after the duty (see README.md beside this file).
/// </summary>
public static class RuleIds
{
    /// <summary>Order allocated to a named OM: <see cref="AllocationRule"/>.</summary>
    public const string Allocation = "T-ALLOC";

    /// <summary>First appointment held: <see cref="FirstAppointmentRule"/>.</summary>
    public const string FirstAppointment = "T-FIRST";

    /// <summary>Appointments kept in months 1-3 and 4-6: <see cref="ContactLevelRule"/>.</summary>
    public const string ContactLevels = "T-CONTACT";

    /// <summary>Sentence plan completed: <see cref="SentencePlanRule"/>.</summary>
    public const string SentencePlan = "T-PLAN";

    /// <summary>Formal review every 16 weeks: <see cref="ReviewRule"/>.</summary>
    public const string Review = "T-REVIEW";

    /// <summary>Early review after a significant event: <see cref="EarlyReviewRule"/>.</summary>
    public const string EarlyReview = "T-EARLY";

    /// <summary>Act to obtain an explanation for a failure: <see cref="ExplanationActionRule"/>.</summary>
    public const string ExplanationAction = "T-EXPLAIN-ACT";

    /// <summary>The person's window to explain after a warning: <see cref="ExplanationWindowRule"/>.</summary>
    public const string ExplanationWindow = "T-EXPLAIN";

    /// <summary>Breach proceedings initiated once due: <see cref="BreachActionRule"/>.</summary>
    public const string BreachAction = "T-BREACH-ACT";

    /// <summary>Offender supervisor allocated after reception: <see cref="SupervisorAllocationRule"/>.</summary>
    public const string SupervisorAllocation = "T-OS-ALLOC";

    /// <summary>First contact by the offender supervisor: <see cref="SupervisorContactRule"/>.</summary>
    public const string SupervisorContact = "T-OS-CONTACT";

    /// <summary>Custody sentence plan, then yearly: <see cref="CustodyPlanRule"/>.</summary>
    public const string CustodyPlan = "T-CUSTODY-PLAN";

    /// <summary>OM contact with a person in custody, yearly: <see cref="OffenderManagerContactRule"/>.</summary>
    public const string OffenderManagerContact = "T-OM-CONTACT";

    /// <summary>Prison OM to community OM handover: <see cref="HandoverRule"/>.</summary>
    public const string Handover = "T-HANDOVER";

    /// <summary>Order or licence ending: <see cref="OrderEndRule"/>.</summary>
    public const string OrderEnd = "T-END";

    /// <summary>Every rule id, in DOMAIN.md's order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Allocation, FirstAppointment, ContactLevels, SentencePlan, Review, EarlyReview, ExplanationAction,
        ExplanationWindow, BreachAction, SupervisorAllocation, SupervisorContact, CustodyPlan,
        OffenderManagerContact, Handover, OrderEnd,
    ];
}
