using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Probation.Functions.Clock;
using Probation.Functions.Orders;
using Probation.Functions.Pages.Layout;
using Probation.Functions.Reminders;

namespace Probation.Functions.Pages.Report;

/// <summary>
/// <c>GET /reports/national-standards</c>: the API's report (<see cref="NationalStandardsReportEndpoints.GetAsync"/>) as a
/// page; without a period, the last three months to today.
/// </summary>
internal static class ReportEndpoints
{
    public static RouteHandlerBuilder MapReportEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/reports/national-standards", GetReportAsync).WithName("GetNationalStandardsPage");

    internal static async Task<IResult> GetReportAsync(
        [FromQuery] string? from, [FromQuery] string? to, [FromQuery] string? teamId, HttpContext context, [FromServices] OrderViewStore views,
        [FromServices] BusinessClock clock, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(from) && string.IsNullOrEmpty(to))
        {
            var today = clock.Today;
            (from, to) = (Iso(today.AddMonths(-3)), Iso(today));
        }

        var result = await NationalStandardsReportEndpoints.GetAsync(from, to, teamId, views, clock, cancellationToken);
        var (report, errors, status) = result.Result switch
        {
            Ok<NationalStandardsReport> ok => (ok.Value, [], StatusCodes.Status200OK),
            ValidationProblem invalid => ((NationalStandardsReport?)null, Errors(invalid), StatusCodes.Status400BadRequest),
            var other => throw new InvalidOperationException($"Unexpected result {other.GetType().Name}."),
        };
        return await PageResult.RenderAsync<ReportPage, ReportModel>(context, new ReportModel(from ?? string.Empty, to ?? string.Empty, teamId ?? string.Empty, report, errors), status);
    }

    private static IReadOnlyList<PageError> Errors(ValidationProblem invalid) =>
        [.. invalid.ProblemDetails.Errors.SelectMany(e => e.Value.Select(message => new PageError(e.Key, $"{Label(e.Key)}: {message}")))];

    private static string Label(string field) => field switch
    {
        "from" => "From",
        "to" => "To",
        "teamId" => "Team ID",
        _ => field,
    };

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
