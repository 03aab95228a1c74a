using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Probation.Orders.Calendar;
using Probation.Orders.Orchestrators;

namespace Probation.FunctionApp.Orchestrations;

/// <summary>
/// The order orchestration: the same <see cref="OrderLifecycle"/> the self-host registers, under the same name, a
/// fresh one for every execution.
/// </summary>
internal sealed class OrderLifecycleFunction(WorkingDayCalendar calendar)
{
    [Function(OrderInstance.OrchestratorName)]
    public Task<OrderEnded?> RunAsync([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new OrderLifecycle(calendar).RunAsync(context, context.GetInput<OrderLifecycleInput>()!);
}
