using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Probation.Functions.Clock;
using Probation.Functions.Orders;
using Probation.Functions.Pages.Team;
using Probation.Functions.Reminders;
using Probation.Orders.Calendar;

namespace Probation.FunctionApp.Pages;

/// <summary><c>GET /teams/{teamId}</c> (<see cref="TeamEndpoints"/>). Anonymous for the Functions host: Entra ID authentication fronts the pages.</summary>
internal sealed class TeamPageFunctions(CaseloadIndex caseloads, OrderViewStore views, ReminderStore reminders, WorkingDayCalendar calendar, BusinessClock clock)
{
    [Function("GetTeamPage")]
    public async Task<IResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "teams/{teamId}")] HttpRequest request, string teamId, CancellationToken cancellationToken) =>
        await TeamEndpoints.GetTeamAsync(teamId, request.HttpContext, caseloads, views, reminders, calendar, clock, cancellationToken);
}
