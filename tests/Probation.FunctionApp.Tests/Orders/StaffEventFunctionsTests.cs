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
        var result = await record(new StaffEventFunctions(worker.Get<OrderLookup>()), exchange.Request, orderId);
        await exchange.AnswerAsync(result);
        return exchange.Response.StatusCode;
    }
}
