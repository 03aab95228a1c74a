using Microsoft.DurableTask;
using Probation.Orders.Activities;
using Probation.Orders.Calendar;

namespace Probation.Orders.Orchestrators;

/// <summary>Registers the order orchestration and its activities with a Durable Task SDK registry.</summary>
public static class OrderLifecycleRegistration
{
    /// <summary>
    /// Adds <see cref="OrderLifecycle"/> under <see cref="OrderInstance.OrchestratorName"/> and the activity of
    /// <see cref="OrderActivityNames"/>, implemented by <paramref name="activities"/>. A host creates a fresh
    /// orchestrator from the registry for every execution.
    /// </summary>
    public static DurableTaskRegistry AddOrderLifecycle(this DurableTaskRegistry registry, WorkingDayCalendar calendar, IOrderActivities activities)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(activities);

        // Activities get no cancellation token from the SDK: a host that stops abandons the work item, and the
        // engine runs it again elsewhere (activities run at least once).
        return registry
            .AddOrchestrator(OrderInstance.OrchestratorName, () => new OrderLifecycle(calendar))
            .AddActivityFunc<OrderStepOutput>(OrderActivityNames.RecordOrderStep, (_, output) => output.RecordAsync(activities, CancellationToken.None));
    }
}
