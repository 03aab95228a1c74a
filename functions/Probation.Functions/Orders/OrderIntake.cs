using Durable;
using Durable.Client;
using Probation.Orders.Orchestrators;
using Probation.Orders.Policy;
using Probation.Orders.Validation;

namespace Probation.Functions.Orders;

/// <summary>
/// Takes a court order, from HTTP or the queue alike: checks the document, stores it, and starts its orchestration.
/// Posting the same document again starts nothing; another document under the same order id is refused.
/// </summary>
internal sealed class OrderIntake(OrderStore orders, DurableTaskClient client, NationalStandardsPolicy policy, ILogger<OrderIntake> logger)
{
    public async Task<IntakeOutcome> SubmitAsync(string json, CancellationToken cancellationToken)
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
                    new OrderLifecycleInput(order, policy),
                    new StartOrchestrationOptions(instanceId, RestartIfEnded: false),
                    cancellationToken)
                .ConfigureAwait(false);
        }
        catch (OrchestrationStatusConflictException)
        {
            // The order's orchestration has already ended: a repost of its document starts nothing.
        }

        Log.OrderAccepted(logger, order.OrderId.Value, saved == OrderSaveOutcome.SameAsStored);
        return IntakeOutcome.Accepted(order.OrderId, instanceId);
    }
}
