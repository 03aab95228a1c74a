using Probation.Orders.Identifiers;

namespace Probation.Orders.Lifecycle;

/// <summary>Who holds the order now: the offender manager, their team and, in prison, the offender supervisor.</summary>
public sealed record Allocation(StaffId OffenderManagerId, TeamId TeamId, StaffId? SupervisorId = null);
