using Probation.Orders.Activities;
using Probation.Orders.Rules;

namespace Probation.Functions.Reminders;

/// <summary>
/// Who receives a reminder (Orchestrators/README.md): Created and DueSoon go to the offender manager, or to the team
/// while the order has none; Overdue escalations, and every reminder of a breach that has fallen due (DOMAIN.md,
/// Enforcement 4), go to the offender manager and the team (its manager reads the team's list). Derived from the
/// reminder alone, so every writer finds the same index rows without storing them.
/// </summary>
internal static class ReminderRouting
{
    /// <summary>
    /// The team whose list holds reminders of an order with neither an offender manager nor a team (no allocation yet),
    /// so that they are visible somewhere: <c>GET /api/teams/UNALLOCATED/reminders</c>.
    /// </summary>
    public const string UnallocatedTeamId = "UNALLOCATED";

    public static IReadOnlyList<ReminderRecipient> RecipientsOf(Reminder reminder)
    {
        var team = ReminderRecipient.Team(reminder.TeamId?.Value ?? UnallocatedTeamId);
        if (reminder.StaffId?.Value is not { } staffId)
        {
            return [team];
        }

        var offenderManager = ReminderRecipient.Staff(staffId);
        return reminder.Kind == ReminderKind.Overdue || reminder.RuleId == RuleIds.BreachAction ? [offenderManager, team] : [offenderManager];
    }
}
