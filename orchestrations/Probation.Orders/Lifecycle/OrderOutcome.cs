namespace Probation.Orders.Lifecycle;

/// <summary>
/// How and when an order ended, and why. The reason may be staff's free text about a person (a death, say): it is shown
/// to staff in the order view and never logged.
/// </summary>
public sealed record OrderOutcome(OrderOutcomeKind Outcome, DateOnly Date, string Reason);
