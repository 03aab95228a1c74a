using Probation.Orders.Identifiers;

namespace Probation.Orders.Documents;

/// <summary>The offender manager and team named by the court, when allocation was already made.</summary>
public sealed record OffenderManagerAssignment(StaffId StaffId, TeamId TeamId);
