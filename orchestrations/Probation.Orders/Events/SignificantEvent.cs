using Probation.Orders.Identifiers;

namespace Probation.Orders.Events;

/// <summary>
/// POST <c>/api/orders/{orderId}/significant-events</c>: an event that brings a review forward; <see
/// cref="Risk"/> comes with <see cref="SignificantEventKind.RiskChanged"/>.
/// </summary>
public sealed record SignificantEvent(
    EventId EventId,
    StaffId StaffId,
    SignificantEventKind Kind,
    DateOnly Date,
    Documents.Risk? Risk = null) : IStaffEvent;
