namespace Probation.Orders.Documents;

/// <summary>One requirement of the order; <see cref="Hours"/> is for unpaid work only.</summary>
public sealed record Requirement(RequirementType Type, int? Hours = null);
