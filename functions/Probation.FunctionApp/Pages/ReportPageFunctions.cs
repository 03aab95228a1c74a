using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Probation.Functions.Clock;
using Probation.Functions.Orders;
using Probation.Functions.Pages.Report;

namespace Probation.FunctionApp.Pages;

/// <summary><c>GET /reports/national-standards</c> (<see cref="ReportEndpoints"/>). Anonymous for the Functions host: Entra ID authentication fronts the pages.</summary>
internal sealed class ReportPageFunctions(OrderViewStore views, BusinessClock clock)
{
    [Function("GetNationalStandardsPage")]
    public async Task<IResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "reports/national-standards")] HttpRequest request, CancellationToken cancellationToken) =>
        await ReportEndpoints.GetReportAsync(request.Query["from"], request.Query["to"], request.Query["teamId"], request.HttpContext, views, clock, cancellationToken);
}
