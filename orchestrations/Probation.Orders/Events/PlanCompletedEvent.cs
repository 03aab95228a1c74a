using Probation.Orders.Identifiers;

namespace Probation.Orders.Events;

/// <summary>POST <c>/api/orders/{orderId}/plans</c>: the sentence plan was completed.</summary>
public sealed record PlanCompletedEvent(
    EventId EventId,
    StaffId StaffId,
    DateOnly CompletedOn) : IStaffEvent;
