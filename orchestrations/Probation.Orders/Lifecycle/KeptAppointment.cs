using Probation.Orders.Identifiers;

namespace Probation.Orders.Lifecycle;

/// <summary>An attended appointment, kept while a T-CONTACT check still counts it; the id stops a repeat counting twice.</summary>
public sealed record KeptAppointment(AppointmentId AppointmentId, DateOnly Date);
