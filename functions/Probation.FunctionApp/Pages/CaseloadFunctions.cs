using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Probation.Functions.Clock;
using Probation.Functions.Orders;
using Probation.Functions.Pages.Caseload;
using Probation.Functions.Reminders;
using Probation.Orders.Calendar;

namespace Probation.FunctionApp.Pages;

/// <summary><c>GET /staff/{staffId}</c> (<see cref="CaseloadEndpoints"/>). Anonymous for the Functions host: Entra ID authentication fronts the pages.</summary>
internal sealed class CaseloadFunctions(CaseloadIndex caseloads, OrderViewStore views, ReminderStore reminders, WorkingDayCalendar calendar, BusinessClock clock)
{
    [Function("GetCaseloadPage")]
    public async Task<IResult> GetCaseloadAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "staff/{staffId}")] HttpRequest request, string staffId, CancellationToken cancellationToken) =>
        await CaseloadEndpoints.GetCaseloadAsync(
            staffId, PageQuery.Flag(request, "overdue"), request.HttpContext, caseloads, views, reminders, calendar, clock, cancellationToken);
}
