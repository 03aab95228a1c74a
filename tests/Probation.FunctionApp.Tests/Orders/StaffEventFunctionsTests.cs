using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Time.Testing;
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
        var client = new Mock<DurableTaskClient>("test").WithInstance("order-" + orderId, OrchestrationRuntimeStatus.Pending);
        client.Setup(c => c.WaitForInstanceStartAsync("order-" + orderId, false, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new OrchestrationMetadata("OrderLifecycle", "order-" + orderId) { RuntimeStatus = OrchestrationRuntimeStatus.Running });

        var status = await RecordAsync(orderId, "allocation", Allocation, (f, r, id) => f.AllocationAsync(r, client.Object, id, CancellationToken.None));

        Assert.Equal(StatusCodes.Status202Accepted, status);
        client.Verify(c => c.RaiseEventAsync("order-" + orderId, "Allocation", It.IsAny<object?>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task AllocationAsync_OrderNotStartedWithinTheWait_Answers503WithRetryAfterAndRaisesNothing()
    {
        var orderId = await AcceptedOrderAsync();
        var client = new Mock<DurableTaskClient>("test").WithInstance("order-" + orderId, OrchestrationRuntimeStatus.Pending);
        var waiting = new TaskCompletionSource();
        client.Setup(c => c.WaitForInstanceStartAsync("order-" + orderId, false, It.IsAny<CancellationToken>()))
            .Returns(async (string _, bool _, CancellationToken cancellation) =>
            {
                waiting.SetResult();
                await Task.Delay(Timeout.Infinite, cancellation);
                return null!;
            });
        var time = new FakeTimeProvider();
        var exchange = HttpExchange.Post(worker.Services, $"/api/orders/{orderId}/allocation", Allocation);

        var recording = new StaffEventFunctions(worker.Get<OrderLookup>(), new WorkflowStart(time)).AllocationAsync(exchange.Request, client.Object, orderId, CancellationToken.None);
        await waiting.Task.WaitAsync(TimeSpan.FromSeconds(30));
        time.Advance(WorkflowStart.WaitFor);
        await exchange.AnswerAsync(await recording);

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, exchange.Response.StatusCode);
        Assert.Equal(WorkflowNotStarted.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture), exchange.Response.Headers.RetryAfter.ToString());
        client.Verify(c => c.RaiseEventAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<object?>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    /// <summary>An order stored by intake, as staff find it before its orchestration first publishes its view.</summary>
    private async Task<string> AcceptedOrderAsync()
    {
        var orderId = OrderDocuments.NewOrderId();
        var outcome = await worker.Get<OrderIntake>().SubmitAsync(OrderDocuments.CommunityOrder(orderId), DurableClients.Scheduling().Object, CancellationToken.None);
        Assert.Equal(IntakeOutcomeKind.Accepted, outcome.Kind);
        return orderId;
    }

    private async Task<int> RecordAsync(
        string orderId, string path, string body, Func<StaffEventFunctions, HttpRequest, string, Task<IResult>> record)
    {
        var exchange = HttpExchange.Post(worker.Services, $"/api/orders/{orderId}/{path}", body);
        var result = await record(new StaffEventFunctions(worker.Get<OrderLookup>(), worker.Get<WorkflowStart>()), exchange.Request, orderId);
        await exchange.AnswerAsync(result);
        return exchange.Response.StatusCode;
    }
}
