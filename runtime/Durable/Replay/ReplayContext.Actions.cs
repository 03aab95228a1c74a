namespace Durable.Replay;

internal sealed partial class ReplayContext
{
    public override Task<TResult> CallActivityAsync<TResult>(string name, object? input = null, TaskOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var serialized = converter.Serialize(input);
        Task<TResult> Attempt() => Open<TResult>(new ScheduleTaskAction(_actions.Count, name, serialized));
        return options?.Retry is { } retry ? RetryAsync(retry, Attempt) : Attempt();
    }

    public override Task<TResult> CallSubOrchestratorAsync<TResult>(
        string orchestratorName, object? input = null, SubOrchestrationOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orchestratorName);
        var serialized = converter.Serialize(input);
        Task<TResult> Attempt()
        {
            var childId = options?.InstanceId ?? NewGuid().ToString("N");
            return Open<TResult>(new CreateSubOrchestrationAction(_actions.Count, orchestratorName, childId, serialized));
        }

        return options?.Retry is { } retry ? RetryAsync(retry, Attempt) : Attempt();
    }

    public override Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled(cancellationToken);
        }

        var utc = fireAt.Kind switch
        {
            DateTimeKind.Local => fireAt.ToUniversalTime(),
            DateTimeKind.Unspecified => DateTime.SpecifyKind(fireAt, DateTimeKind.Utc),
            _ => fireAt,
        };
        var id = _actions.Count;
        var open = new OpenTask<object?>(converter);
        _actions.Add(new CreateTimerAction(id, utc));
        _openTasks.Add(id, open);
        if (cancellationToken.CanBeCanceled)
        {
            cancellationToken.Register(() =>
            {
                if (_openTasks.Remove(id))
                {
                    open.Cancel();
                }
            });
        }

        return open.Task;
    }

    public override void SendEvent(string instanceId, string eventName, object? payload)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceId);
        ArgumentException.ThrowIfNullOrWhiteSpace(eventName);
        _actions.Add(new SendEventAction(_actions.Count, instanceId, eventName, converter.Serialize(payload)));
    }

    private Task<TResult> Open<TResult>(OrchestratorAction action)
    {
        var open = new OpenTask<TResult>(converter);
        _actions.Add(action);
        _openTasks.Add(action.Id, open);
        return open.Task;
    }

    private async Task<TResult> RetryAsync<TResult>(RetryPolicy policy, Func<Task<TResult>> attempt)
    {
        var firstAttemptAt = CurrentUtcDateTime;
        for (var number = 1; ; number++)
        {
            try
            {
                return await attempt();
            }
            catch (TaskFailedException failed) when (number < policy.MaxNumberOfAttempts && policy.ShouldRetry(failed.FailureDetails))
            {
                var delay = policy.GetDelayBefore(number + 1);
                if (delay > policy.RetryTimeout - (CurrentUtcDateTime - firstAttemptAt))
                {
                    throw;
                }

                await CreateTimer(CurrentUtcDateTime.Add(delay), CancellationToken.None);
            }
        }
    }
}
