using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Moq;
using Probation.Functions.Orders;

namespace Probation.FunctionApp.Orders;

public sealed class CourtOrderFunctionsTests(WorkerServices worker) : IClassFixture<WorkerServices>
{
    private static readonly Uri Url = new("http://localhost:7071/api/orders");

    [Fact]
    public async Task PostOrderAsync_NewOrder_Answers202WithLocationAndTheManagementPayload()
    {
        var orderId = OrderDocuments.NewOrderId();
        var client = DurableClients.Scheduling();

        var (status, body, exchange) = await PostAsync(OrderDocuments.CommunityOrder(orderId), client);

        Assert.Equal(StatusCodes.Status202Accepted, status);
        var instanceId = "order-" + orderId;
        Assert.Equal(instanceId, body.GetProperty("id").GetString());
        var statusUri = body.GetProperty("statusQueryGetUri").GetString();
        Assert.Equal($"http://localhost:7071/runtime/webhooks/durabletask/instances/{instanceId}", statusUri);
        Assert.Equal(statusUri, exchange.Response.Headers.Location.ToString());
        Assert.False(string.IsNullOrEmpty(exchange.Response.Headers.RetryAfter.ToString()));
        foreach (var uri in new[] { "sendEventPostUri", "terminatePostUri", "suspendPostUri", "resumePostUri", "purgeHistoryDeleteUri" })
        {
            Assert.StartsWith(statusUri, body.GetProperty(uri).GetString(), StringComparison.Ordinal);
        }

        Assert.Equal($"http://localhost:7071/api/orders/{orderId}", body.GetProperty("orderUri").GetString());
        client.Verify(
            c => c.ScheduleNewOrchestrationInstanceAsync(
                It.Is<TaskName>(n => n.Name == "OrderLifecycle"), It.IsAny<object?>(), It.Is<StartOrchestrationOptions?>(o => o!.InstanceId == instanceId), It.IsAny<CancellationToken>()),
            Times.Once);
    }

    [Fact]
    public async Task PostOrderAsync_AnotherDocumentUnderTheSameOrderId_Answers409()
    {
        var orderId = OrderDocuments.NewOrderId();
        var client = DurableClients.Scheduling();
        await PostAsync(OrderDocuments.CommunityOrder(orderId), client);

        var (status, body, _) = await PostAsync(OrderDocuments.CommunityOrder(orderId, d => d["lengthMonths"] = 18), client);

        Assert.Equal(StatusCodes.Status409Conflict, status);
        Assert.Equal(409, body.GetProperty("status").GetInt32());
        client.Verify(
            c => c.ScheduleNewOrchestrationInstanceAsync(It.IsAny<TaskName>(), It.IsAny<object?>(), It.IsAny<StartOrchestrationOptions?>(), It.IsAny<CancellationToken>()),
            Times.Once);
    }

    [Fact]
    public async Task PostOrderAsync_InvalidDocument_Answers400ListingEveryInvalidField()
    {
        var client = DurableClients.Scheduling();
        var document = OrderDocuments.CommunityOrder(OrderDocuments.NewOrderId(), d =>
        {
            d["sentenceDate"] = "yesterday";
            d["lengthMonths"] = -1;
        });

        var (status, body, _) = await PostAsync(document, client);

        Assert.Equal(StatusCodes.Status400BadRequest, status);
        var fields = body.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        Assert.Contains(fields, f => f.Contains("sentenceDate", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(fields, f => f.Contains("lengthMonths", StringComparison.OrdinalIgnoreCase));
        client.VerifyNoOtherCalls();
    }

    private async Task<(int Status, System.Text.Json.JsonElement Body, HttpExchange Exchange)> PostAsync(string document, Mock<DurableTaskClient> client)
    {
        var exchange = HttpExchange.Post(worker.Services, Url.AbsolutePath, document);
        var function = new CourtOrderFunctions(worker.Get<OrderIntake>());

        var result = await function.PostOrderAsync(exchange.Request, client.Object, FunctionContexts.ForRequestTo(Url), CancellationToken.None);

        var body = await exchange.AnswerAsync(result);
        return (exchange.Response.StatusCode, body, exchange);
    }
}
