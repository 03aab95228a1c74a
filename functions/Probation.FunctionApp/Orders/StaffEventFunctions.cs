using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Probation.Functions.Orders;
using Probation.Orders.Events;

namespace Probation.FunctionApp.Orders;

/// <summary>
/// <c>/api/orders/{orderId}</c> (<see cref="StaffEventEndpoints"/>): the order as staff see it, and what happened, one
/// trigger per event route.
/// </summary>
internal sealed class StaffEventFunctions(OrderLookup orders, WorkflowStart start)
{
    private const string Order = "api/orders/{orderId}";

    [Function("GetOrder")]
    public async Task<IResult> GetOrderAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = Order)] HttpRequest request, string orderId, CancellationToken cancellationToken) =>
        await StaffEventEndpoints.GetOrderAsync(orderId, orders, cancellationToken);

    [Function("Record" + StaffEventNames.Allocation)]
    public Task<IResult> AllocationAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = Order + "/allocation")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string orderId,
        CancellationToken cancellationToken) =>
        Record<AllocationEvent>(StaffEventNames.Allocation, request, client, orderId, cancellationToken);

    [Function("Record" + StaffEventNames.Appointment)]
    public Task<IResult> AppointmentAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = Order + "/appointments")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string orderId,
        CancellationToken cancellationToken) =>
        Record<AppointmentEvent>(StaffEventNames.Appointment, request, client, orderId, cancellationToken);

    [Function("Record" + StaffEventNames.Explanation)]
    public Task<IResult> ExplanationAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = Order + "/explanations")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string orderId,
        CancellationToken cancellationToken) =>
        Record<ExplanationEvent>(StaffEventNames.Explanation, request, client, orderId, cancellationToken);

    [Function("Record" + StaffEventNames.BreachDecision)]
    public Task<IResult> BreachDecisionAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = Order + "/breach-decisions")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string orderId,
        CancellationToken cancellationToken) =>
        Record<BreachDecisionEvent>(StaffEventNames.BreachDecision, request, client, orderId, cancellationToken);

    [Function("Record" + StaffEventNames.CourtOutcome)]
    public Task<IResult> CourtOutcomeAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = Order + "/court-outcomes")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string orderId,
        CancellationToken cancellationToken) =>
        Record<CourtOutcomeEvent>(StaffEventNames.CourtOutcome, request, client, orderId, cancellationToken);

    [Function("Record" + StaffEventNames.Plan)]
    public Task<IResult> PlanAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = Order + "/plans")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string orderId,
        CancellationToken cancellationToken) =>
        Record<PlanCompletedEvent>(StaffEventNames.Plan, request, client, orderId, cancellationToken);

    [Function("Record" + StaffEventNames.Review)]
    public Task<IResult> ReviewAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = Order + "/reviews")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string orderId,
        CancellationToken cancellationToken) =>
        Record<ReviewCompletedEvent>(StaffEventNames.Review, request, client, orderId, cancellationToken);

    [Function("Record" + StaffEventNames.SignificantEvent)]
    public Task<IResult> SignificantEventAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = Order + "/significant-events")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string orderId,
        CancellationToken cancellationToken) =>
        Record<SignificantEvent>(StaffEventNames.SignificantEvent, request, client, orderId, cancellationToken);

    [Function("Record" + StaffEventNames.CustodyEvent)]
    public Task<IResult> CustodyEventAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = Order + "/custody-events")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string orderId,
        CancellationToken cancellationToken) =>
        Record<CustodyEvent>(StaffEventNames.CustodyEvent, request, client, orderId, cancellationToken);

    [Function("Record" + StaffEventNames.Termination)]
    public Task<IResult> TerminationAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = Order + "/termination")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string orderId,
        CancellationToken cancellationToken) =>
        Record<TerminationEvent>(StaffEventNames.Termination, request, client, orderId, cancellationToken);

    private async Task<IResult> Record<TEvent>(string eventName, HttpRequest request, DurableTaskClient client, string orderId, CancellationToken cancellationToken)
        where TEvent : class, IStaffEvent =>
        await StaffEventEndpoints.RecordAsync<TEvent>(orderId, eventName, request, orders, start, client, cancellationToken);
}
