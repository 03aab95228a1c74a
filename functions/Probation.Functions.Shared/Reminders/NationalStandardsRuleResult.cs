namespace Probation.Functions.Reminders;

/// <summary>One National Standard (a duty's rule id) over the period.</summary>
/// <param name="RuleId">The rule id of DOMAIN.md, e.g. <c>T-FIRST</c>.</param>
/// <param name="Due">Duties whose due date fell in the period, cancelled ones excepted (they never fell due).</param>
/// <param name="MetOnTime">Of those, met on or before the due date (duty state Met).</param>
/// <param name="MetLate">Met after the due date (MetLate).</param>
/// <param name="Missed">Closed unmet after the due date (Missed).</param>
/// <param name="Open">Not closed yet, due later or overdue.</param>
/// <param name="PercentOnTime"><paramref name="MetOnTime"/> as a percentage of <paramref name="Due"/>, to one decimal place.</param>
public sealed record NationalStandardsRuleResult(string RuleId, int Due, int MetOnTime, int MetLate, int Missed, int Open, double PercentOnTime);
