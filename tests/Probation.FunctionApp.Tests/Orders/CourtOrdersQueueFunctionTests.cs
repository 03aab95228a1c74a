using System.Text.Json;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Moq;
using Probation.Functions.Orders;

namespace Probation.FunctionApp.Orders;

public sealed class CourtOrdersQueueFunctionTests(WorkerServices worker) : IClassFixture<WorkerServices>
{
    [Fact]
    public async Task RunAsync_ValidOrder_StartsItAndLetsTheMessageGo()
    {
        var orderId = OrderDocuments.NewOrderId();
        var client = DurableClients.Scheduling();

        await RunAsync(OrderDocuments.CommunityOrder(orderId), dequeueCount: 1, client);

        client.Verify(
            c => c.ScheduleNewOrchestrationInstanceAsync(
                It.IsAny<TaskName>(), It.IsAny<object?>(), It.Is<StartOrchestrationOptions?>(o => o!.InstanceId == "order-" + orderId), It.IsAny<CancellationToken>()),
            Times.Once);
        Assert.Null(await PoisonedAsync(orderId));
    }

    [Fact]
    public async Task RunAsync_MessageThatIsNotAnOrder_MovesItToThePoisonQueueWithTheReasonAfterOneTry()
    {
        var marker = "not an order " + OrderDocuments.NewOrderId();
        var client = new Mock<DurableTaskClient>("test");

        await RunAsync(marker, dequeueCount: 1, client);

        var poisoned = await PoisonedAsync(marker);
        Assert.NotNull(poisoned);
        Assert.Equal(1, poisoned.DequeueCount);
        Assert.Contains("neither a JSON document nor base64-encoded JSON", poisoned.Reason, StringComparison.Ordinal);
        Assert.Equal(marker, poisoned.Message);
        client.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task RunAsync_InvalidOrder_MovesItToThePoisonQueueWithTheInvalidFields()
    {
        var orderId = OrderDocuments.NewOrderId();

        await RunAsync(OrderDocuments.CommunityOrder(orderId, d => d["sentenceDate"] = "yesterday"), dequeueCount: 1, DurableClients.Scheduling());

        var poisoned = await PoisonedAsync(orderId);
        Assert.NotNull(poisoned);
        Assert.Contains("invalid", poisoned.Reason, StringComparison.Ordinal);
        Assert.Contains("sentenceDate", poisoned.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task RunAsync_TransientFailureBeforeTheLastTry_ThrowsSoTheHostRetries()
    {
        var orderId = OrderDocuments.NewOrderId();

        await Assert.ThrowsAsync<CourtOrderRetryException>(() =>
            RunAsync(OrderDocuments.CommunityOrder(orderId), dequeueCount: CourtOrderHandler.MaxDequeueCount - 1, Failing()));

        Assert.Null(await PoisonedAsync(orderId));
    }

    [Fact]
    public async Task RunAsync_TransientFailureOnTheLastTry_MovesItToThePoisonQueueWithTheReason()
    {
        var orderId = OrderDocuments.NewOrderId();

        await RunAsync(OrderDocuments.CommunityOrder(orderId), dequeueCount: CourtOrderHandler.MaxDequeueCount, Failing());

        var poisoned = await PoisonedAsync(orderId);
        Assert.NotNull(poisoned);
        Assert.Equal(CourtOrderHandler.MaxDequeueCount, poisoned.DequeueCount);
        Assert.Contains($"failed {CourtOrderHandler.MaxDequeueCount} times, last with InvalidOperationException", poisoned.Reason, StringComparison.Ordinal);
    }

    /// <summary>A client whose every start fails, as one does while the task hub cannot be reached.</summary>
    private static Mock<DurableTaskClient> Failing()
    {
        var client = new Mock<DurableTaskClient>("test");
        client.Setup(c => c.ScheduleNewOrchestrationInstanceAsync(
                It.IsAny<TaskName>(), It.IsAny<object?>(), It.IsAny<StartOrchestrationOptions?>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("the task hub is not reachable"));
        return client;
    }

    private Task RunAsync(string text, long dequeueCount, Mock<DurableTaskClient> client)
    {
        var message = QueuesModelFactory.QueueMessage(
            messageId: Guid.NewGuid().ToString(), popReceipt: "receipt", body: BinaryData.FromString(text), dequeueCount: dequeueCount);
        return new CourtOrdersQueueFunction(worker.Get<CourtOrderHandler>()).RunAsync(message, client.Object, CancellationToken.None);
    }

    /// <summary>The poison message whose original text contains <paramref name="marker"/>, if there is one.</summary>
    private async Task<PoisonedCourtOrder?> PoisonedAsync(string marker)
    {
        var poison = new QueueClient(WorkerServices.ConnectionString, worker.CourtOrdersPoisonQueue);
        PeekedMessage[] messages = await poison.PeekMessagesAsync(32);
        return messages
            .Select(m => JsonSerializer.Deserialize<PoisonedCourtOrder>(m.Body.ToString(), new JsonSerializerOptions(JsonSerializerDefaults.Web))!)
            .SingleOrDefault(p => p.Message?.Contains(marker, StringComparison.Ordinal) == true);
    }
}
