using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Moq;
using Probation.Functions.Orders;

namespace Probation.FunctionApp.Orders;

public sealed class StaffEventFunctionsTests(WorkerServices worker) : IClassFixture<WorkerServices>
{
    private const string Allocation = """{ "eventId": "ev-a", "staffId": "S0042", "offenderManagerId": "S0099", "teamId": "T07" }""";
    private const string Release = """{ "eventId": "ev-r", "staffId": "S0042", "kind": "Released", "date": "2026-12-24" }""";

    [Fact]
    public async Task AllocationAsync_UnknownOrder_Answers404()
    {
        var client = new Mock<DurableTaskClient>("test");

        var status = await RecordAsync(OrderDocuments.NewOrderId(), "allocation", Allocation, (f, r, id) => f.AllocationAsync(r, client.Object, id, CancellationToken.None));

        Assert.Equal(StatusCodes.Status404NotFound, status);
        client.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task CustodyEventAsync_ReleaseOfACommunityOrder_Answers409()
    {
        var orderId = await AcceptedOrderAsync();
        var client = new Mock<DurableTaskClient>("test");

        var status = await RecordAsync(orderId, "custody-events", Release, (f, r, id) => f.CustodyEventAsync(r, client.Object, id, CancellationToken.None));

        Assert.Equal(StatusCodes.Status409Conflict, status);
        client.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task AllocationAsync_OrderHasEnded_Answers409()
    {
        var orderId = await AcceptedOrderAsync();
        var client = new Mock<DurableTaskClient>("test").WithInstance("order-" + orderId, OrchestrationRuntimeStatus.Completed);

        var status = await RecordAsync(orderId, "allocation", Allocation, (f, r, id) => f.AllocationAsync(r, client.Object, id, CancellationToken.None));

        Assert.Equal(StatusCodes.Status409Conflict, status);
        client.Verify(c => c.RaiseEventAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<object?>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task AllocationAsync_RunningOrder_Answers202AndRaisesTheEventOnItsInstance()
    {
        var orderId = await AcceptedOrderAsync();
        var client = new Mock<DurableTaskClient>("test").WithInstance("order-" + orderId, OrchestrationRuntimeStatus.Running);

        var status = await RecordAsync(orderId, "allocation", Allocation, (f, r, id) => f.AllocationAsync(r, client.Object, id, CancellationToken.None));

        Assert.Equal(StatusCodes.Status202Accepted, status);
        client.Verify(c => c.RaiseEventAsync("order-" + orderId, "Allocation", It.IsAny<object?>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task AllocationAsync_OrderStartingWithinTheWait_Answers202AndRaisesTheEvent()
    {
        var orderId = await AcceptedOrderAsync();
        var client = new Mock<DurableTaskClient>("test");
        client.SetupSequence(c => c.GetInstanceAsync("order-" + orderId, It.IsAny<CancellationToken>()))
            .ReturnsAsync(Instance(orderId, OrchestrationRuntimeStatus.Pending))
            .ReturnsAsync(Instance(orderId, OrchestrationRuntimeStatus.Pending))
            .ReturnsAsync(Instance(orderId, OrchestrationRuntimeStatus.Running));

        var status = await RecordAsync(orderId, "allocation", Allocation, (f, r, id) => f.AllocationAsync(r, client.Object, id, CancellationToken.None));

        Assert.Equal(StatusCodes.Status202Accepted, status);
        client.Verify(c => c.RaiseEventAsync("order-" + orderId, "Allocation", It.IsAny<object?>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task AllocationAsync_OrderNotStartedWithinTheWait_Answers503WithRetryAfterAndRaisesNothing()
    {
        // Arrange: an instance that stays Pending (its start message held by a host that died); the wait is real, 5 s.
        var orderId = await AcceptedOrderAsync();
        var client = new Mock<DurableTaskClient>("test").WithInstance("order-" + orderId, OrchestrationRuntimeStatus.Pending);

        // Act
        var exchange = await ExchangeAsync(orderId, "allocation", Allocation, (f, r, id) => f.AllocationAsync(r, client.Object, id, CancellationToken.None));

        // Assert: five looks at the instance during the wait, besides the handler's own.
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, exchange.Response.StatusCode);
        Assert.Equal(WorkflowNotStarted.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture), exchange.Response.Headers.RetryAfter.ToString());
        client.Verify(c => c.GetInstanceAsync("order-" + orderId, It.IsAny<CancellationToken>()), Times.Exactly(6));
        client.Verify(c => c.RaiseEventAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<object?>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    private static OrchestrationMetadata Instance(string orderId, OrchestrationRuntimeStatus status) =>
        DurableClients.Metadata("order-" + orderId, status);

    /// <summary>An order stored by intake, as staff find it before its orchestration first publishes its view.</summary>
    private async Task<string> AcceptedOrderAsync()
    {
        var orderId = OrderDocuments.NewOrderId();
        var outcome = await worker.Get<OrderIntake>().SubmitAsync(OrderDocuments.CommunityOrder(orderId), DurableClients.Scheduling().Object, CancellationToken.None);
        Assert.Equal(IntakeOutcomeKind.Accepted, outcome.Kind);
        return orderId;
    }

    private async Task<int> RecordAsync(
        string orderId, string path, string body, Func<StaffEventFunctions, HttpRequest, string, Task<IResult>> record) =>
        (await ExchangeAsync(orderId, path, body, record)).Response.StatusCode;

    private async Task<HttpExchange> ExchangeAsync(
        string orderId, string path, string body, Func<StaffEventFunctions, HttpRequest, string, Task<IResult>> record)
    {
        var exchange = HttpExchange.Post(worker.Services, $"/api/orders/{orderId}/{path}", body);
        var result = await record(new StaffEventFunctions(worker.Get<OrderLookup>(), worker.Get<WorkflowStart>()), exchange.Request, orderId);
        await exchange.AnswerAsync(result);
        return exchange;
    }
}
