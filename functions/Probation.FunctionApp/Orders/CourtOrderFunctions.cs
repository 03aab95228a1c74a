using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Probation.FunctionApp.Integrators;
using Probation.Functions.Orders;

namespace Probation.FunctionApp.Orders;

/// <summary><c>POST /api/orders</c> (<see cref="CourtOrderEndpoints"/>): court systems post new orders.</summary>
internal sealed class CourtOrderFunctions(OrderIntake intake)
{
    [Function("PostOrder")]
    public async Task<IResult> PostOrderAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "api/orders")] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        FunctionContext context,
        CancellationToken cancellationToken)
    {
        var links = new DurableManagementLinks(client, await context.GetHttpRequestDataAsync());
        return await CourtOrderEndpoints.PostOrderAsync(request, intake, client, links, cancellationToken);
    }
}
