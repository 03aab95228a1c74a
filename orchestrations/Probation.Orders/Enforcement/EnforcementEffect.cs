namespace Probation.Orders.Enforcement;

/// <summary>One thing an enforcement step did, with the warning or breach it concerns.</summary>
public sealed record EnforcementEffect(EnforcementAction Action, Warning? Warning = null, BreachCase? Breach = null);
