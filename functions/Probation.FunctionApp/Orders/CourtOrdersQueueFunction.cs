using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Probation.Functions.Orders;

namespace Probation.FunctionApp.Orders;

/// <summary>
/// The <c>court-orders</c> queue (<see cref="CourtOrderHandler"/> decides): returning lets the host delete the message,
/// throwing leaves it to come back. host.json's <c>maxDequeueCount</c> is the handler's
/// <see cref="CourtOrderHandler.MaxDequeueCount"/>, and <c>messageEncoding</c> is <c>none</c> so that the handler sees the
/// text as it was sent, plain or base64.
/// </summary>
internal sealed class CourtOrdersQueueFunction(CourtOrderHandler handler)
{
    [Function("CourtOrders")]
    public async Task RunAsync(
        [QueueTrigger("%Queues:CourtOrders%", Connection = "AzureWebJobsStorage")] QueueMessage message,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        var received = new CourtOrderMessage(message.MessageId, message.DequeueCount, message.Body.ToString());
        if (await handler.HandleAsync(received, client, cancellationToken) == CourtOrderDisposition.Retry)
        {
            throw new CourtOrderRetryException(message.MessageId, message.DequeueCount);
        }
    }
}
