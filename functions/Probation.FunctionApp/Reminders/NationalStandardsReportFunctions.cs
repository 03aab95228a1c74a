using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Probation.Functions.Clock;
using Probation.Functions.Orders;
using Probation.Functions.Reminders;

namespace Probation.FunctionApp.Reminders;

/// <summary><c>GET /api/reports/national-standards</c> (<see cref="NationalStandardsReportEndpoints"/>).</summary>
internal sealed class NationalStandardsReportFunctions(OrderViewStore views, BusinessClock clock)
{
    [Function("GetNationalStandardsReport")]
    public async Task<IResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "api/reports/national-standards")] HttpRequest request,
        CancellationToken cancellationToken) =>
        await NationalStandardsReportEndpoints.GetAsync(request.Query["from"], request.Query["to"], request.Query["teamId"], views, clock, cancellationToken);
}
