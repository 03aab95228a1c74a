namespace Probation.Functions.Reminders;

/// <summary>Reads the query of <c>GET /api/staff/{staffId}/reminders</c> and <c>GET /api/teams/{teamId}/reminders</c>.</summary>
internal static class ReminderQuery
{
    public const string StateOpen = "open";
    public const string StateAll = "all";

    /// <summary><c>state=open|all</c> (default open), <c>from</c> and <c>to</c>; invalid fields go to <paramref name="errors"/>.</summary>
    public static ReminderFilter Read(string? state, string? from, string? to, QueryErrors errors)
    {
        var openOnly = true;
        if (string.Equals(state, StateAll, StringComparison.OrdinalIgnoreCase))
        {
            openOnly = false;
        }
        else if (!string.IsNullOrEmpty(state) && !string.Equals(state, StateOpen, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add("state", $"Must be '{StateOpen}' or '{StateAll}'.");
        }

        var fromDate = errors.OptionalDate(from, "from");
        var toDate = errors.OptionalDate(to, "to");
        errors.CheckPeriod(fromDate, toDate);
        return new ReminderFilter(openOnly, fromDate, toDate);
    }
}
