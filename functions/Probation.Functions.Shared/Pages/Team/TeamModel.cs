using Probation.Functions.Reminders;

namespace Probation.Functions.Pages.Team;

/// <summary>A team's page: its open overdue escalations, soonest due first, and each officer's load.</summary>
public sealed record TeamModel(string TeamId, IReadOnlyList<ReminderItem> Escalations, IReadOnlyList<OfficerLoad> Officers);
