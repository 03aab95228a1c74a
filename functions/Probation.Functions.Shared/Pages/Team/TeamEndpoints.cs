using Microsoft.AspNetCore.Mvc;
using Probation.Functions.Clock;
using Probation.Functions.Orders;
using Probation.Functions.Pages.Layout;
using Probation.Functions.Reminders;
using Probation.Orders.Calendar;
using Probation.Orders.Identifiers;
using Probation.Orders.Rules;
using Probation.Orders.Views;

namespace Probation.Functions.Pages.Team;

/// <summary><c>GET /teams/{teamId}</c>: the team's open overdue escalations (its reminder list) and each officer's load (the caseload index).</summary>
internal static class TeamEndpoints
{
    public static RouteHandlerBuilder MapTeamEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/teams/{teamId}", GetTeamAsync).WithName("GetTeamPage");

    internal static async Task<IResult> GetTeamAsync(
        string teamId,
        HttpContext context,
        [FromServices] CaseloadIndex caseloads,
        [FromServices] OrderViewStore views,
        [FromServices] ReminderStore reminders,
        [FromServices] WorkingDayCalendar calendar,
        [FromServices] BusinessClock clock,
        CancellationToken cancellationToken)
    {
        var id = new TeamId(teamId);
        if (!id.IsWellFormed)
        {
            return await PageResult.RenderAsync<NotFoundPage, string>(context, "No team has this id.", StatusCodes.Status404NotFound);
        }

        var escalations = (await reminders.ListAsync(ReminderRecipient.Team(teamId), new ReminderFilter(OpenOnly: true, From: null, To: null), cancellationToken))
            .Where(r => r.Kind == ReminderKind.Overdue)
            .ToList();
        var today = clock.Today;
        var held = new List<(string StaffId, bool Overdue)>();
        foreach (var orderId in await caseloads.ForTeamAsync(id, cancellationToken))
        {
            if (await views.GetViewAsync(orderId, cancellationToken) is { Allocation: { } allocation } view && allocation.TeamId == id)
            {
                held.Add((allocation.OffenderManagerId.Value, DutyCountdown.Next(view.Duties, today, calendar) is { IsOverdue: true }));
            }
        }

        var officers = held.GroupBy(h => h.StaffId, StringComparer.Ordinal)
            .Select(g => new OfficerLoad(g.Key, g.Count(), g.Count(h => h.Overdue)))
            .OrderBy(o => o.StaffId, StringComparer.Ordinal)
            .ToList();
        return await PageResult.RenderAsync<TeamPage, TeamModel>(context, new TeamModel(teamId, escalations, officers));
    }
}
