using Probation.Orders.Identifiers;

namespace Probation.Orders.Events;

/// <summary>POST <c>/api/orders/{orderId}/reviews</c>: a formal review was completed.</summary>
public sealed record ReviewCompletedEvent(
    EventId EventId,
    StaffId StaffId,
    DateOnly CompletedOn) : IStaffEvent;
