using Microsoft.DurableTask;
using Probation.Orders.Activities;
using Probation.Orders.Identifiers;
using Probation.Orders.Lifecycle;

namespace Probation.Orders.Orchestrators;

/// <summary>Sends what a step produced in one call of <see cref="OrderActivityNames.RecordOrderStep"/>.</summary>
internal static class OrderActivityCalls
{
    // Storage hiccups are retried for about an hour before the order fails visibly: a reminder is never dropped quietly.
    private static readonly TaskOptions Retry = TaskOptions.FromRetryPolicy(new RetryPolicy(8, TimeSpan.FromSeconds(15), 2.0, TimeSpan.FromMinutes(15)));

    public static Task SendAsync(TaskOrchestrationContext context, OrderId orderId, OrderStepResult result)
    {
        var output = new OrderStepOutput(
            result.Reminders.Count > 0 ? new SendRemindersInput(result.Reminders) : null,
            result.ClosedDuties.Count > 0 ? new ResolveRemindersInput(orderId, result.ClosedDuties) : null,
            result.Letters,
            result.Notices,
            result.View is { } view ? new OrderViewPublication(view, result.Timeline) : null);
        return output.IsEmpty ? Task.CompletedTask : context.CallActivityAsync(OrderActivityNames.RecordOrderStep, output, Retry);
    }
}
