using System.Globalization;
using Microsoft.AspNetCore.Http.Metadata;

namespace Probation.Functions.Orders;

/// <summary>
/// 503 with <c>Retry-After</c>: the order was accepted but its workflow has not started yet (see
/// <see cref="WorkflowStart"/>), so an event sent now could be lost; the caller sends it again (events are idempotent
/// by <c>eventId</c>).
/// </summary>
internal sealed class WorkflowNotStarted(string orderId) : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
{
    public const int RetryAfterSeconds = 5;

    public int? StatusCode => StatusCodes.Status503ServiceUnavailable;

    public string Detail => $"Order {orderId} was accepted but its workflow has not started yet. Send the event again in {RetryAfterSeconds} seconds.";

    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The order's workflow has not started yet.", detail: Detail)
            .ExecuteAsync(httpContext);
    }

    public static void PopulateMetadata(System.Reflection.MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status503ServiceUnavailable, typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), ["application/problem+json"]));
}
