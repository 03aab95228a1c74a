namespace Probation.Functions.Admin;

/// <summary>The body of <c>POST /admin/clock</c>: exactly one of an instant to move to or an ISO 8601 duration to move by.</summary>
public sealed record ClockAdvance(DateTimeOffset? AdvanceTo, string? AdvanceBy);
