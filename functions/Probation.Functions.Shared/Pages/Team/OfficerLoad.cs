namespace Probation.Functions.Pages.Team;

/// <summary>One officer of a team: how many of the team's orders they hold, and how many of those have an overdue duty.</summary>
public sealed record OfficerLoad(string StaffId, int Orders, int Overdue);
