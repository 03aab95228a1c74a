using Microsoft.DurableTask;
using Probation.Orders.Activities;
using Probation.Orders.Identifiers;
using Probation.Orders.Lifecycle;

namespace Probation.Orders.Orchestrators;

/// <summary>Sends what a step produced, all at once, through the activities of <see cref="OrderActivityNames"/>.</summary>
internal static class OrderActivityCalls
{
    // Storage hiccups are retried for about an hour before the order fails visibly: a reminder is never dropped quietly.
    private static readonly TaskOptions Retry = TaskOptions.FromRetryPolicy(new RetryPolicy(8, TimeSpan.FromSeconds(15), 2.0, TimeSpan.FromMinutes(15)));

    public static Task SendAsync(TaskOrchestrationContext context, OrderId orderId, OrderStepResult result)
    {
        var calls = new List<Task>();
        if (result.Reminders.Count > 0)
        {
            calls.Add(context.CallActivityAsync(OrderActivityNames.SendReminders, new SendRemindersInput(result.Reminders), Retry));
        }

        if (result.ClosedDuties.Count > 0)
        {
            calls.Add(context.CallActivityAsync(OrderActivityNames.ResolveReminders, new ResolveRemindersInput(orderId, result.ClosedDuties), Retry));
        }

        calls.AddRange(result.Letters.Select(letter => context.CallActivityAsync(OrderActivityNames.SendWarningLetter, letter, Retry)));
        calls.AddRange(result.Notices.Select(notice => context.CallActivityAsync(OrderActivityNames.SendStaffNotice, notice, Retry)));
        if (result.View is { } view)
        {
            calls.Add(context.CallActivityAsync(OrderActivityNames.PublishOrderView, new OrderViewPublication(view, result.Timeline), Retry));
        }

        return Task.WhenAll(calls);
    }
}
