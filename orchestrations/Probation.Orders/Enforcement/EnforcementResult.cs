namespace Probation.Orders.Enforcement;

/// <summary>The enforcement record after a step, and what the step did, in order.</summary>
public sealed record EnforcementResult(EnforcementRecord Record, IReadOnlyList<EnforcementEffect> Effects);
