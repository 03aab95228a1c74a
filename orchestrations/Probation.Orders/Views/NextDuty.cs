namespace Probation.Orders.Views;

/// <summary>The open duty due soonest: its rule id and due date.</summary>
public sealed record NextDuty(string RuleId, DateOnly DueDate);
