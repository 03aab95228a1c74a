using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.DurableTask.Client;
using Probation.Functions.Integrators;

namespace Probation.Functions.Orders;

/// <summary>
/// <c>POST /api/orders</c>: court systems post new orders. Function key (each host puts the group behind its own key
/// check). The handler is the one both hosts run: the self-host maps it here, the Functions app calls it from its
/// HTTP trigger.
/// </summary>
internal static class CourtOrderEndpoints
{
    private const int RetryAfterSeconds = 10;

    public static RouteGroupBuilder MapCourtOrderEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/orders").WithTags("Courts");
        group.MapPost("/", PostOrderAsync)
            .WithName("PostOrder")
            .WithSummary("Takes a court order and starts its lifecycle; 202 with the status URLs, again for a repost of the same document.")
            .Accepts<object>("application/json");
        return group;
    }

    internal static async Task<Results<JsonHttpResult<OrderAcceptedPayload>, ValidationProblem, ProblemHttpResult>> PostOrderAsync(
        HttpRequest request,
        [FromServices] OrderIntake intake,
        [FromServices] DurableTaskClient client,
        [FromServices] IManagementLinks links,
        CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        var outcome = await intake.SubmitAsync(await reader.ReadToEndAsync(cancellationToken), client, cancellationToken);
        switch (outcome.Kind)
        {
            case IntakeOutcomeKind.Invalid:
                return TypedResults.ValidationProblem(outcome.Errors!, title: "The order document is invalid.");
            case IntakeOutcomeKind.Conflicting:
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status409Conflict,
                    title: "Another order document is stored under this order id.",
                    detail: $"Order {outcome.OrderId!.Value.Value} was posted before with a different document.");
            default:
                var management = links.For(request, outcome.InstanceId!);
                request.HttpContext.Response.Headers.Location = management.StatusQueryGetUri;
                request.HttpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var orderUri = $"{request.Scheme}://{request.Host}{request.PathBase}/api/orders/{Uri.EscapeDataString(outcome.OrderId!.Value.Value)}";
                return TypedResults.Json(OrderAcceptedPayload.From(management, orderUri), statusCode: StatusCodes.Status202Accepted);
        }
    }
}
