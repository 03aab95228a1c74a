using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.DurableTask.Client;
using Probation.Orders.Events;
using Probation.Orders.Lifecycle;
using Probation.Orders.Orchestrators;
using Probation.Orders.Validation;

namespace Probation.Functions.Orders;

/// <summary>
/// Staff record what happened, and read the order as they see it. Events: 202 when accepted for the order's workflow,
/// 400 for an invalid body, 404 for an unknown order, 409 when the order has ended or the event contradicts its state,
/// 503 with Retry-After while the order's workflow has not started (<see cref="WorkflowStart"/>).
/// Function key (each host puts the group behind its own key check). The handlers are the ones both hosts run.
/// </summary>
internal static class StaffEventEndpoints
{
    public static RouteGroupBuilder MapStaffEventEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/orders/{orderId}").WithTags("Staff");
        group.MapGet("/", GetOrderAsync).WithName("GetOrder").WithSummary("The order as staff see it: phase, tier, duties, warnings, timeline.");
        Map<AllocationEvent>(group, "allocation", StaffEventNames.Allocation);
        Map<AppointmentEvent>(group, "appointments", StaffEventNames.Appointment);
        Map<ExplanationEvent>(group, "explanations", StaffEventNames.Explanation);
        Map<BreachDecisionEvent>(group, "breach-decisions", StaffEventNames.BreachDecision);
        Map<CourtOutcomeEvent>(group, "court-outcomes", StaffEventNames.CourtOutcome);
        Map<PlanCompletedEvent>(group, "plans", StaffEventNames.Plan);
        Map<ReviewCompletedEvent>(group, "reviews", StaffEventNames.Review);
        Map<SignificantEvent>(group, "significant-events", StaffEventNames.SignificantEvent);
        Map<CustodyEvent>(group, "custody-events", StaffEventNames.CustodyEvent);
        Map<TerminationEvent>(group, "termination", StaffEventNames.Termination);
        return group;
    }

    private static void Map<TEvent>(RouteGroupBuilder group, string path, string eventName)
        where TEvent : class, IStaffEvent =>
        group.MapPost($"/{path}", (
                string orderId, HttpRequest request, [FromServices] OrderLookup orders, [FromServices] WorkflowStart start, [FromServices] DurableTaskClient client,
                CancellationToken cancellationToken) =>
                RecordAsync<TEvent>(orderId, eventName, request, orders, start, client, cancellationToken))
            .WithName($"Record{eventName}")
            .WithSummary($"Records a {eventName} event on the order.")
            .Accepts<TEvent>("application/json");

    internal static async Task<Results<Ok<OrderResponse>, ProblemHttpResult>> GetOrderAsync(
        string orderId, [FromServices] OrderLookup orders, CancellationToken cancellationToken) =>
        await orders.FindAsync(orderId, cancellationToken) is { } found
            ? TypedResults.Ok(OrderResponse.From(found.View, found.Timeline))
            : UnknownOrder(orderId);

    internal static async Task<Results<Accepted, ValidationProblem, ProblemHttpResult, WorkflowNotStarted>> RecordAsync<TEvent>(
        string orderId, string eventName, HttpRequest request, OrderLookup orders, WorkflowStart start, DurableTaskClient client, CancellationToken cancellationToken)
        where TEvent : class, IStaffEvent
    {
        using var reader = new StreamReader(request.Body);
        return await RecordBodyAsync<TEvent>(orderId, eventName, await reader.ReadToEndAsync(cancellationToken), orders, start, client, cancellationToken);
    }

    /// <summary>Records the event whose JSON body is <paramref name="body"/>: the API's route and the order page's forms both come here.</summary>
    internal static async Task<Results<Accepted, ValidationProblem, ProblemHttpResult, WorkflowNotStarted>> RecordBodyAsync<TEvent>(
        string orderId, string eventName, string body, OrderLookup orders, WorkflowStart start, DurableTaskClient client, CancellationToken cancellationToken)
        where TEvent : class, IStaffEvent
    {
        var read = DocumentReader.ReadStaffEvent<TEvent>(body);
        if (!read.IsValid)
        {
            return TypedResults.ValidationProblem(read.Validation.ToProblemErrors(), title: $"The {eventName} event is invalid.");
        }

        if (await orders.FindViewAsync(orderId, cancellationToken) is not { } view)
        {
            return UnknownOrder(orderId);
        }

        if (view.RecentEventIds.Contains(read.Value.EventId))
        {
            return TypedResults.Accepted((string?)null);
        }

        if (EventAdmission.Check(view, read.Value).Conflict is { } conflict)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The event contradicts the order's state.", detail: conflict);
        }

        switch (await client.GetInstanceAsync(OrderInstance.IdFor(view.OrderId), cancellationToken))
        {
            case null:
                return UnknownOrder(orderId);
            case { IsCompleted: true }:
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The order has ended.", detail: $"Order {orderId} has ended; it takes no more events.");
            case { RuntimeStatus: OrchestrationRuntimeStatus.Pending } pending when !await start.WaitAsync(client, pending.InstanceId, cancellationToken):
                return new WorkflowNotStarted(orderId);
            case { } instance:
                using (var payload = JsonDocument.Parse(body))
                {
                    await client.RaiseEventAsync(instance.InstanceId, eventName, payload.RootElement.Clone(), cancellationToken);
                }

                return TypedResults.Accepted((string?)null);
        }
    }

    private static ProblemHttpResult UnknownOrder(string orderId) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such order.", detail: $"No order has the id '{orderId}'.");
}
