using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Probation.Functions.Clock;
using Probation.Functions.Orders;

namespace Probation.Functions.Reminders;

/// <summary><c>GET /api/reports/national-standards</c>: how each National Standard was met over a period. Function key (each host puts the group behind its own key check).</summary>
internal static class NationalStandardsReportEndpoints
{
    public static RouteGroupBuilder MapNationalStandardsReportEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/reports").WithTags("Staff");
        group.MapGet("/national-standards", GetAsync)
            .WithName("GetNationalStandardsReport")
            .WithSummary("Per rule id: duties that fell due in [from, to] (an open one counts once its due date has passed), met on time, late, missed, open, and the percentage on time; optionally for one team.");
        return group;
    }

    internal static async Task<Results<Ok<NationalStandardsReport>, ValidationProblem>> GetAsync(
        [FromQuery] string? from, [FromQuery] string? to, [FromQuery] string? teamId, [FromServices] OrderViewStore views, [FromServices] BusinessClock clock, CancellationToken cancellationToken)
    {
        var errors = new QueryErrors();
        if (NationalStandardsPeriod.Read(from, to, teamId, errors) is not { } period)
        {
            return TypedResults.ValidationProblem(errors.ByField, title: "The query is invalid.");
        }

        return TypedResults.Ok(await NationalStandardsReport.ComputeAsync(views.AllViewsAsync(cancellationToken), period, clock.Today, cancellationToken));
    }
}
