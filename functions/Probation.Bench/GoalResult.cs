namespace Probation.Bench;

/// <summary>One goal of the issue, what was measured for it, and whether it was met (null when not measured).</summary>
internal sealed record GoalResult(string Goal, string Measured, bool? Met);
