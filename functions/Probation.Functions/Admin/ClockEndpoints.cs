using Microsoft.AspNetCore.Http.HttpResults;
using Probation.Functions.Clock;
using Probation.Functions.Security;

namespace Probation.Functions.Admin;

/// <summary>
/// Time travel, only with <c>Clock:Mode=Virtual</c> (the routes do not exist otherwise): <c>POST /admin/clock</c>
/// moves the business clock forward, firing every timer due on the way through the production code path, and answers
/// once the work they caused has settled. System key only.
/// </summary>
internal static class ClockEndpoints
{
    public static IEndpointRouteBuilder MapClockEndpoints(this IEndpointRouteBuilder app, ClockMode mode)
    {
        if (mode != ClockMode.Virtual)
        {
            return app;
        }

        var group = app.MapGroup("/admin").RequireKey(KeyLevel.System).WithTags("Admin");
        group.MapGet("/clock", ReadClock).WithName("GetClock").WithSummary("The virtual clock's time.");
        group.MapPost("/clock", AdvanceAsync).WithName("AdvanceClock").WithSummary("Moves the virtual clock forward and waits until the work due by then has settled.");
        return app;
    }

    private static Ok<ClockReading> ReadClock(BusinessClock clock) => TypedResults.Ok(ClockReading.At(clock.Now));

    private static async Task<Results<Ok<ClockReading>, ValidationProblem>> AdvanceAsync(
        ClockAdvance body, BusinessClock clock, ClockTravel travel, ILogger<ClockReading> logger, CancellationToken cancellationToken)
    {
        var now = clock.Now;
        DateTimeOffset target;
        if (body.AdvanceTo is { } to && body.AdvanceBy is null)
        {
            target = to;
        }
        else if (body.AdvanceBy is { } by && body.AdvanceTo is null)
        {
            if (!IsoDuration.TryAdd(now, by, out target))
            {
                return Invalid("advanceBy", $"'{by}' is not an ISO 8601 duration such as P16W, P5D or PT2H.");
            }
        }
        else
        {
            return Invalid("advanceTo", "Give exactly one of advanceTo (an instant) and advanceBy (an ISO 8601 duration).");
        }

        if (target < now)
        {
            return Invalid(body.AdvanceTo is null ? "advanceBy" : "advanceTo", $"The clock never moves backwards: it is {now:o}.");
        }

        var reached = await travel.MoveToAsync(target, cancellationToken);
        HostLog.ClockAdvanced(logger, now, reached);
        return TypedResults.Ok(ClockReading.At(reached));
    }

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "The clock cannot move that way.");
}
