using Probation.Orders.Identifiers;

namespace Probation.Orders.Enforcement;

/// <summary>
/// A failure on licence, raised for the offender manager to consider recall: licences have no
/// statutory warning scheme (DOMAIN.md, Enforcement).
/// </summary>
public sealed record RecallConsideration(AppointmentId AppointmentId, DateOnly FailedOn, DateOnly RaisedOn);
