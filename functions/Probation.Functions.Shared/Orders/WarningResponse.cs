using Probation.Orders.Enforcement;

namespace Probation.Functions.Orders;

/// <summary>A warning as API.md shows it.</summary>
public sealed record WarningResponse(string WarningId, DateOnly IssuedOn, WarningState State, DateOnly ExplainBy);
