using Probation.Orders.Identifiers;

namespace Probation.Orders.Events;

/// <summary>POST <c>/api/orders/{orderId}/allocation</c>: the order is allocated to a named offender manager.</summary>
public sealed record AllocationEvent(
    EventId EventId,
    StaffId StaffId,
    StaffId OffenderManagerId,
    TeamId TeamId,
    StaffId? SupervisorId = null) : IStaffEvent;
