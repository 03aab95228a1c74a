using DurableTask.Core.Exceptions;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Probation.Functions.Clock;
using Probation.Orders.Orchestrators;
using Probation.Orders.Policy;
using Probation.Orders.Validation;

namespace Probation.Functions.Orders;

/// <summary>
/// Takes a court order, from HTTP or the queue alike: checks the document, stores it, and starts its orchestration.
/// Posting the same document again starts nothing; another document under the same order id is refused. The client is
/// the caller's: the self-host's own, or the one the Durable extension binds to each Functions invocation.
/// </summary>
internal sealed class OrderIntake(OrderStore orders, NationalStandardsPolicy policy, BusinessClock clock, ILogger<OrderIntake> logger)
{
    // An order's instance is never replaced, whatever its status: a repost of an ended order starts nothing.
    private static readonly IReadOnlyList<string> EveryStatus = Enum.GetNames<DurableTask.Core.OrchestrationStatus>();

    public async Task<IntakeOutcome> SubmitAsync(string json, DurableTaskClient client, CancellationToken cancellationToken)
    {
        var read = DocumentReader.ReadOrder(json);
        if (!read.IsValid)
        {
            return IntakeOutcome.Invalid(read.Validation.ToProblemErrors());
        }

        var order = read.Value;
        var saved = await orders.SaveAsync(order, cancellationToken).ConfigureAwait(false);
        if (saved == OrderSaveOutcome.DifferentFromStored)
        {
            Log.OrderConflict(logger, order.OrderId.Value);
            return IntakeOutcome.Conflicting(order.OrderId);
        }

        var instanceId = OrderInstance.IdFor(order.OrderId);
        try
        {
            await client.ScheduleNewOrchestrationInstanceAsync(
                    OrderInstance.OrchestratorName,
                    new OrderLifecycleInput(order, policy, Clock: clock.Current),
                    new StartOrchestrationOptions(instanceId) { DedupeStatuses = EveryStatus },
                    cancellationToken)
                .ConfigureAwait(false);
        }
        catch (OrchestrationAlreadyExistsException)
        {
            // The order's instance exists, running or ended: a repost of its document starts nothing.
        }

        Log.OrderAccepted(logger, order.OrderId.Value, saved == OrderSaveOutcome.SameAsStored);
        return IntakeOutcome.Accepted(order.OrderId, instanceId);
    }
}
