using System.Text.Json;
using Microsoft.DurableTask.Client;
using Probation.Orders.Clock;
using Probation.Orders.Orchestrators;
using Probation.Orders.Validation;
using Probation.Orders.Views;

namespace Probation.Functions.Clock;

/// <summary>
/// Moves the virtual clock: stores the new offset (so new orders start with it), raises <see cref="ClockMoved"/> on
/// every open order, and returns once each has applied it and has nothing due by the new time, as its custom status
/// says. What fell due in between runs through the orders' own timers and steps, as in production.
/// </summary>
internal sealed class ClockTravel(BusinessClockStore store, BusinessClock clock, DurableTaskClient client, TimeProvider system)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    private static readonly OrchestrationQuery OpenOrders = new()
    {
        Statuses = [OrchestrationRuntimeStatus.Pending, OrchestrationRuntimeStatus.Running],
        InstanceIdPrefix = OrderInstance.InstanceIdPrefix,

        // Custom status comes without the input, which holds each order's whole carried state.
        FetchInputsAndOutputs = false,
    };

    public async Task<DateTimeOffset> MoveToAsync(DateTimeOffset target, CancellationToken cancellationToken)
    {
        var moved = await store.MoveToAsync(target, cancellationToken).ConfigureAwait(false);
        var told = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var unsettled = 0;

            // Each round also tells orders that arrived since the last one.
            await foreach (var order in client.GetAllInstancesAsync(OpenOrders).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                if (told.Add(order.InstanceId))
                {
                    await client.RaiseEventAsync(order.InstanceId, ClockMoved.EventName, moved, cancellationToken).ConfigureAwait(false);
                }

                if (!HasSettled(order, moved.Mark))
                {
                    unsettled++;
                }
            }

            if (unsettled == 0)
            {
                return clock.Now;
            }

            await Task.Delay(PollInterval, system, cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool HasSettled(OrchestrationMetadata order, string mark) =>
        order.SerializedCustomStatus is { } json
        && JsonSerializer.Deserialize<OrderStatus>(json, OrderJson.Options) is { Idle: true, Clock.Mark: var applied }
        && applied == mark;
}
