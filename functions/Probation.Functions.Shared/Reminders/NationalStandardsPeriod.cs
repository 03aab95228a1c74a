using TeamIdentifier = Probation.Orders.Identifiers.TeamId;

namespace Probation.Functions.Reminders;

/// <summary>The query of <c>GET /api/reports/national-standards</c>: a period of due dates (both ends included), and a team or all.</summary>
internal sealed record NationalStandardsPeriod(DateOnly From, DateOnly To, string? TeamId)
{
    /// <summary><c>from</c> and <c>to</c> are required ISO dates, <c>from</c> not after <c>to</c>; <c>teamId</c> is optional.</summary>
    public static NationalStandardsPeriod? Read(string? from, string? to, string? teamId, QueryErrors errors)
    {
        var fromDate = errors.RequiredDate(from, "from");
        var toDate = errors.RequiredDate(to, "to");
        errors.CheckPeriod(fromDate, toDate);
        if (!string.IsNullOrEmpty(teamId) && !new TeamIdentifier(teamId).IsWellFormed)
        {
            errors.Add("teamId", $"Must match {TeamIdentifier.Pattern}.");
        }

        return errors.Any ? null : new NationalStandardsPeriod(fromDate!.Value, toDate!.Value, string.IsNullOrEmpty(teamId) ? null : teamId);
    }
}
