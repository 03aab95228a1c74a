namespace Probation.Functions.Health;

/// <summary>The answer of <c>GET /health</c>.</summary>
public sealed record HealthReport(string Status, string Storage);
