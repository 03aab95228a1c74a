using Probation.Orders.Identifiers;

namespace Probation.Orders.Events;

/// <summary>POST <c>/api/orders/{orderId}/court-outcomes</c>: what the court did.</summary>
public sealed record CourtOutcomeEvent(
    EventId EventId,
    StaffId StaffId,
    CourtOutcome Outcome,
    DateOnly Date) : IStaffEvent;
