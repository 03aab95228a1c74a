using Durable.History;

namespace Durable.Replay;

internal sealed partial class ReplayContext
{
    /// <summary>Applies one history event other than the start and the suspension events, which the executor owns.</summary>
    public void Apply(HistoryEvent recorded)
    {
        switch (recorded)
        {
            case OrchestratorStartedEvent:
                _currentUtcDateTime = recorded.Timestamp;
                break;
            case TaskScheduledEvent or TimerCreatedEvent or SubOrchestrationInstanceCreatedEvent or EventSentEvent:
                MatchAction(recorded);
                break;
            case TaskCompletedEvent completed:
                Complete(completed.TaskScheduledId, completed.Result);
                break;
            case TaskFailedEvent failed:
                Fail(failed.TaskScheduledId, failed.FailureDetails);
                break;
            case SubOrchestrationInstanceCompletedEvent completed:
                Complete(completed.TaskScheduledId, completed.Result);
                break;
            case SubOrchestrationInstanceFailedEvent failed:
                Fail(failed.TaskScheduledId, failed.FailureDetails);
                break;
            case TimerFiredEvent fired:
                Complete(fired.TimerId, null);
                break;
            case EventRaisedEvent raised:
                DeliverEvent(raised);
                break;
        }
    }

    private void MatchAction(HistoryEvent recorded)
    {
        var sequenceNumber = recorded.EventId;
        if (_matchedActions >= _actions.Count)
        {
            throw new NonDeterministicOrchestrationException(
                InstanceId, sequenceNumber, HistoryDescriptions.Describe(recorded), "took no action at this point");
        }

        var action = _actions[_matchedActions];
        if (action.Id != sequenceNumber || !action.Matches(recorded))
        {
            throw new NonDeterministicOrchestrationException(
                InstanceId, sequenceNumber, HistoryDescriptions.Describe(recorded), action.Description);
        }

        _matchedActions++;
    }

    // A completion with no open task is a duplicate delivery or belongs to a cancelled timer: it has no effect.
    private void Complete(int taskId, string? result)
    {
        if (_openTasks.Remove(taskId, out var open))
        {
            open.Complete(result);
        }
    }

    private void Fail(int taskId, TaskFailureDetails failure)
    {
        if (_openTasks.Remove(taskId, out var open))
        {
            var name = _actions[taskId] switch
            {
                ScheduleTaskAction task => task.Name,
                CreateSubOrchestrationAction child => child.Name,
                _ => string.Empty,
            };
            open.Fail(new TaskFailedException(name, taskId, failure));
        }
    }
}
