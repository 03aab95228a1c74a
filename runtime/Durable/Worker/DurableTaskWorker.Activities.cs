using Durable.Backend;
using Durable.History;

namespace Durable.Worker;

public sealed partial class DurableTaskWorker
{
    private async Task RunAsync(ActivityWorkItem workItem)
    {
        var request = workItem.Request;
        HistoryEvent outcome;
        try
        {
            var output = await InvokeAsync(request).ConfigureAwait(false);
            outcome = new TaskCompletedEvent(-1, _timeProvider.GetUtcNow().UtcDateTime, request.TaskScheduledId, _converter.Serialize(output));
        }
        catch (OperationCanceledException) when (_abort.IsCancellationRequested)
        {
            Interlocked.Increment(ref _abandonedActivities);
            await AbandonQuietlyAsync(() => _backend.AbandonActivityWorkItemAsync(workItem, CancellationToken.None)).ConfigureAwait(false);
            return;
        }
        catch (Exception exception)
        {
            var failure = TaskFailureDetails.FromException(exception);
            _logger.ActivityFailed(request.InstanceId, request.Name, request.TaskScheduledId, failure.ErrorType);
            outcome = new TaskFailedEvent(-1, _timeProvider.GetUtcNow().UtcDateTime, request.TaskScheduledId, failure);
        }

        try
        {
            var result = new OrchestrationMessage(request.InstanceId, request.ExecutionId, outcome);
            await _backend.CompleteActivityWorkItemAsync(workItem, result, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            _logger.ActivityResultNotStored(exception, request.InstanceId, request.Name, request.TaskScheduledId);
            await AbandonQuietlyAsync(() => _backend.AbandonActivityWorkItemAsync(workItem, CancellationToken.None)).ConfigureAwait(false);
        }
    }

    private Task<object?> InvokeAsync(ActivityRequest request)
    {
        if (!_registry.TryGetActivity(request.Name, out var factory))
        {
            throw new InvalidOperationException($"No activity named '{request.Name}' is registered with this worker.");
        }

        var activity = factory(_services);
        var input = _converter.Deserialize(request.Input, activity.InputType);
        var context = new TaskActivityContext(request.Name, request.InstanceId, request.ExecutionId, request.TaskScheduledId, _abort.Token);
        return activity.RunAsync(context, input);
    }
}
