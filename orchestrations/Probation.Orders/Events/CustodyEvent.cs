using Probation.Orders.Identifiers;

namespace Probation.Orders.Events;

/// <summary>
/// POST <c>/api/orders/{orderId}/custody-events</c>: a custody movement; a release may carry a new licence end
/// date.
/// </summary>
public sealed record CustodyEvent(
    EventId EventId,
    StaffId StaffId,
    CustodyEventKind Kind,
    DateOnly Date,
    string? Prison = null,
    DateOnly? LicenceEndDate = null) : IStaffEvent;
