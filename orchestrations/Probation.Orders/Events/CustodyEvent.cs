using Probation.Orders.Identifiers;

namespace Probation.Orders.Events;

/// <summary>
/// POST <c>/api/orders/{orderId}/custody-events</c>: a custody movement; a release may carry a new licence end
/// date, and a reception the NOMS number the prison issued (courts often post custody orders before there is one).
/// </summary>
public sealed record CustodyEvent(
    EventId EventId,
    StaffId StaffId,
    CustodyEventKind Kind,
    DateOnly Date,
    string? Prison = null,
    DateOnly? LicenceEndDate = null,
    NomsNumber? NomsNumber = null) : IStaffEvent;
