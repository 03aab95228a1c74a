namespace Probation.Orders.Documents;

/// <summary>The sentencing court: its organisation code (e.g. <c>B01GU</c>) and name.</summary>
public sealed record Court(string Code, string Name);
