using Durable;
using Probation.Orders.Activities;
using Probation.Orders.Calendar;

namespace Probation.Orders.Orchestrators;

/// <summary>Registers the order orchestration and its activities with a durable worker.</summary>
public static class OrderLifecycleRegistration
{
    /// <summary>
    /// Adds <see cref="OrderLifecycle"/> under <see cref="OrderInstance.OrchestratorName"/> and each activity of
    /// <see cref="OrderActivityNames"/>, implemented by <paramref name="activities"/>.
    /// </summary>
    public static DurableTaskRegistry AddOrderLifecycle(this DurableTaskRegistry registry, WorkingDayCalendar calendar, IOrderActivities activities)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(activities);
        var orchestrator = new OrderLifecycle(calendar);
        return registry
            .AddOrchestrator(OrderInstance.OrchestratorName, _ => orchestrator)
            .AddActivity<SendRemindersInput, object?>(OrderActivityNames.SendReminders, (context, input) =>
                WithoutOutput(activities.SendRemindersAsync(input, context.CancellationToken)))
            .AddActivity<ResolveRemindersInput, object?>(OrderActivityNames.ResolveReminders, (context, input) =>
                WithoutOutput(activities.ResolveRemindersAsync(input, context.CancellationToken)))
            .AddActivity<WarningLetter, object?>(OrderActivityNames.SendWarningLetter, (context, letter) =>
                WithoutOutput(activities.SendWarningLetterAsync(letter, context.CancellationToken)))
            .AddActivity<StaffNotice, object?>(OrderActivityNames.SendStaffNotice, (context, notice) =>
                WithoutOutput(activities.SendStaffNoticeAsync(notice, context.CancellationToken)))
            .AddActivity<OrderViewPublication, object?>(OrderActivityNames.PublishOrderView, (context, publication) =>
                WithoutOutput(activities.PublishOrderViewAsync(publication, context.CancellationToken)));
    }

    private static async Task<object?> WithoutOutput(Task call)
    {
        await call;
        return null;
    }
}
