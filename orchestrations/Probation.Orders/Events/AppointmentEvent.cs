using Probation.Orders.Identifiers;

namespace Probation.Orders.Events;

/// <summary>POST <c>/api/orders/{orderId}/appointments</c>: an appointment and how it went.</summary>
public sealed record AppointmentEvent(
    EventId EventId,
    StaffId StaffId,
    AppointmentId AppointmentId,
    DateOnly Date,
    AppointmentKind Kind,
    AppointmentOutcome Outcome) : IStaffEvent;
