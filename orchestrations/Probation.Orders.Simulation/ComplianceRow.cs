namespace Probation.Orders.Simulation;

/// <summary>One National Standard's figures: duties that fell due, and how they were met.</summary>
internal sealed record ComplianceRow(string RuleId, int Due, int OnTime, int Late, int Missed)
{
    /// <summary>The share met on time, in percent; null when nothing fell due.</summary>
    public double? OnTimePercent => Due == 0 ? null : 100.0 * OnTime / Due;
}
