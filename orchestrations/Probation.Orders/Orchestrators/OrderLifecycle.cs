using Durable;
using Microsoft.Extensions.Logging;
using Probation.Orders.Calendar;
using Probation.Orders.Lifecycle;
using Probation.Orders.Views;

namespace Probation.Orders.Orchestrators;

/// <summary>
/// The life of one court order (DOMAIN.md), one step per execution: take the next staff event or wake-up, apply it
/// with <see cref="OrderStep"/>, send what it produced through activities, then continue as new with the carried state
/// and any events received meanwhile. Each execution's history is one step long, so a three-year licence with weekly
/// appointments keeps a bounded history.
/// </summary>
/// <param name="calendar">The working-day calendar; the same data on every replay.</param>
public sealed class OrderLifecycle(WorkingDayCalendar calendar) : TaskOrchestrator<OrderLifecycleInput, OrderEnded?>
{
    /// <inheritdoc />
    public override async Task<OrderEnded?> RunAsync(TaskOrchestrationContext context, OrderLifecycleInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var inbox = StaffEventInbox.Open(context, input.Pending ?? []);
        var logger = context.CreateReplaySafeLogger<OrderLifecycle>();
        var orderId = input.Order.OrderId.Value;
        OrderStepResult result;
        if (input.State is not { } state)
        {
            result = OrderStep.Start(Context(context, input));
            Log.OrderStarted(logger, orderId, result.State.Phase, result.State.Tier.Value);
        }
        else
        {
            // Custom status belongs to an execution: each one states it again while it waits.
            context.SetCustomStatus(OrderStatus.Of(state));
            var next = await NextAsync(context, inbox, state.NextWakeOn());
            var received = next is null ? null : StaffEventReader.Read(next);
            result = received is null
                ? OrderStep.Wake(state, Context(context, input))
                : OrderStep.Receive(state, received, Context(context, input));
            LogStep(logger, orderId, received, result);
        }

        context.SetCustomStatus(OrderStatus.Of(result.State));
        await OrderActivityCalls.SendAsync(context, input.Order.OrderId, result);
        var pending = inbox.Close();
        if (result.State.Outcome is { } outcome)
        {
            Log.OrderEnded(logger, orderId, outcome.Outcome);
            return new OrderEnded(input.Order.OrderId, outcome.Outcome, outcome.Date);
        }

        context.ContinueAsNew(input with { State = result.State, Pending = pending });
        return null;
    }

    /// <summary>
    /// The next staff event, or null for the wake-up on <paramref name="wakeOn"/>. A wake-up already due comes first,
    /// then events already received, in arrival order; otherwise whichever of the two comes next.
    /// </summary>
    private static async Task<PendingEvent?> NextAsync(TaskOrchestrationContext context, StaffEventInbox inbox, DateOnly? wakeOn)
    {
        if (wakeOn is { } due && due <= LondonTime.DateOf(context.CurrentUtcDateTime))
        {
            return null;
        }

        if (inbox.TryTake(out var waiting))
        {
            return waiting;
        }

        using var cancellation = new CancellationTokenSource();
        var arrival = inbox.Arrival;
        var timer = wakeOn is { } date ? context.CreateTimer(LondonTime.WakeUpOn(date), cancellation.Token) : null;
        var winner = timer is null ? arrival : await Task.WhenAny(arrival, timer);
        if (winner == timer)
        {
            return null;
        }

        await arrival;

        // Cancel the losing timer synchronously (never CancelAsync); unlike a wait, a cancelled timer costs no exception.
        cancellation.Cancel();
        return inbox.Take();
    }

    private OrderStepContext Context(TaskOrchestrationContext context, OrderLifecycleInput input) =>
        new(input.Order, input.Policy, calendar, context.CurrentUtcDateTime);

    private static void LogStep(ILogger logger, string orderId, ReceivedEvent? received, OrderStepResult result)
    {
        if (received is null)
        {
            Log.OrderWokeUp(logger, orderId, result.Reminders.Count);
        }
        else if (result.Rejection is { } reason)
        {
            Log.StaffEventRejected(logger, orderId, received.Name, reason);
        }
        else if (result.View is null)
        {
            Log.StaffEventRepeated(logger, orderId, received.Name);
        }
        else
        {
            Log.StaffEventApplied(logger, orderId, received.Name, result.State.Phase);
        }
    }
}
