using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Probation.Functions.Clock;
using Probation.Functions.Orders;
using Probation.Functions.Pages.OrderPage;

namespace Probation.FunctionApp.Pages;

/// <summary><c>/staff/orders/{orderId}</c> (<see cref="OrderPageEndpoints"/>). Anonymous for the Functions host: Entra ID authentication fronts the pages.</summary>
internal sealed class OrderPageFunctions(OrderLookup orders, WorkflowStart start, IAntiforgery antiforgery, BusinessClock clock)
{
    private const string Route = "staff/orders/{orderId}";

    [Function("GetOrderPage")]
    public async Task<IResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Route)] HttpRequest request, string orderId, CancellationToken cancellationToken) =>
        await OrderPageEndpoints.GetOrderPageAsync(orderId, request.Query["recorded"], request.HttpContext, orders, antiforgery, clock, cancellationToken);

    [Function("PostOrderPage")]
    public async Task<IResult> PostAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Route)] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        string orderId,
        CancellationToken cancellationToken) =>
        await OrderPageEndpoints.PostOrderFormAsync(orderId, request.HttpContext, orders, start, client, antiforgery, clock, cancellationToken);
}
