using Microsoft.Azure.Functions.Worker;
using Probation.Orders.Activities;

namespace Probation.FunctionApp.Orchestrations;

/// <summary>
/// The order orchestration's one activity: records what a step produced through the shared
/// <see cref="IOrderActivities"/>, as the self-host's registration of it does. Runs at least once.
/// </summary>
internal sealed class RecordOrderStepFunction(IOrderActivities activities)
{
    [Function(OrderActivityNames.RecordOrderStep)]
    public Task RunAsync([ActivityTrigger] OrderStepOutput output, CancellationToken cancellationToken) =>
        output.RecordAsync(activities, cancellationToken);
}
