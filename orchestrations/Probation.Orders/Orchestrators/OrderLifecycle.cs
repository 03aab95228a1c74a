using System.Text.Json;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using Probation.Orders.Calendar;
using Probation.Orders.Clock;
using Probation.Orders.Lifecycle;
using Probation.Orders.Validation;
using Probation.Orders.Views;

namespace Probation.Orders.Orchestrators;

/// <summary>
/// The life of one court order (DOMAIN.md), one step per execution: take the next staff event or wake-up, apply it
/// with <see cref="OrderStep"/>, send what it produced through activities, then continue as new with the carried state
/// and any events received meanwhile. Each execution's history is one step long, so a three-year licence with weekly
/// appointments keeps a bounded history.
/// </summary>
/// <remarks>
/// Replayed from its history: time comes only from the business clock (<see cref="OrderClock"/> over
/// <see cref="TaskOrchestrationContext.CurrentUtcDateTime"/>), I/O only through activities, which run at least once.
/// </remarks>
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
        var clock = input.Clock ?? OrderClock.Zero;
        OrderStepResult result;
        if (input.State is not { } state)
        {
            result = OrderStep.Start(Context(input, clock.BusinessTime(context.CurrentUtcDateTime)));
            Log.OrderStarted(logger, orderId, result.State.Phase, result.State.Tier.Value);
        }
        else
        {
            var next = await NextAsync(context, inbox, state, clock);
            if (next.Event is { Name: ClockMoved.EventName } moved)
            {
                // A clock move changes only what is due: the next execution looks again with the new offset.
                context.ContinueAsNew(input with { Pending = inbox.Close(), Clock = ReadClock(moved, clock) });
                return null;
            }

            var received = next.Event is null ? null : StaffEventReader.Read(next.Event);
            result = received is null
                ? OrderStep.Wake(state, Context(input, next.Now))
                : OrderStep.Receive(state, received, Context(input, next.Now));
            LogStep(logger, orderId, received, result);
        }

        context.SetCustomStatus(OrderStatus.Of(result.State, clock));
        await OrderActivityCalls.SendAsync(context, input.Order.OrderId, result);
        var pending = inbox.Close();
        if (result.State.Outcome is { } outcome)
        {
            Log.OrderEnded(logger, orderId, outcome.Outcome);
            return new OrderEnded(input.Order.OrderId, outcome.Outcome, outcome.Date);
        }

        context.ContinueAsNew(input with { State = result.State, Pending = pending, Clock = clock });
        return null;
    }

    /// <summary>
    /// The next event or wake-up. A wake-up already due comes first, then events already received, in arrival order;
    /// otherwise whichever of the two comes next. Before waiting, the custom status says whether the order is idle.
    /// </summary>
    private static async Task<NextStep> NextAsync(TaskOrchestrationContext context, StaffEventInbox inbox, OrderState state, OrderClock clock)
    {
        var wakeOn = state.NextWakeOn();
        var now = clock.BusinessTime(context.CurrentUtcDateTime);
        var wakeDue = wakeOn is { } due && due <= LondonTime.DateOf(now);
        context.SetCustomStatus(OrderStatus.Of(state, clock, idle: !wakeDue && !inbox.HasQueued));
        if (wakeDue)
        {
            return NextStep.WakeUp(wakeOn!.Value, now);
        }

        if (inbox.TryTake(out var waiting))
        {
            return new NextStep(waiting, now);
        }

        using var cancellation = new CancellationTokenSource();
        var arrival = inbox.Arrival;
        var timer = wakeOn is { } date ? context.CreateTimer(clock.OrchestrationTime(LondonTime.WakeUpOn(date)), cancellation.Token) : null;
        var winner = timer is null ? arrival : await Task.WhenAny(arrival, timer);
        now = clock.BusinessTime(context.CurrentUtcDateTime);
        if (winner == timer)
        {
            return NextStep.WakeUp(wakeOn!.Value, now);
        }

        await arrival;

        // An orchestration with a pending timer never completes: cancel the one that lost, synchronously.
        cancellation.Cancel();
        return new NextStep(inbox.Take(), now);
    }

    private static OrderClock ReadClock(PendingEvent moved, OrderClock clock)
    {
        try
        {
            return moved.Payload?.Deserialize<ClockMoved>(OrderJson.Options) is { Mark: not null } read ? clock.Apply(read) : clock;
        }
        catch (JsonException)
        {
            // Only the host raises clock events; one raised by hand that does not read changes nothing.
            return clock;
        }
    }

    private OrderStepContext Context(OrderLifecycleInput input, DateTime now) => new(input.Order, input.Policy, calendar, now);

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
