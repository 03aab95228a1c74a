using Durable.Backend;
using Durable.History;
using Durable.Replay;

namespace Durable.Worker;

/// <summary>Collects what one episode appends to history and sends out, and builds its commit.</summary>
internal sealed class Episode(string instanceId, ExecutionStartedEvent start, OrchestrationState? previous, DateTime now)
{
    private readonly List<ActivityRequest> _activities = [];
    private readonly List<OrchestrationMessage> _messages = [];
    private readonly List<OrchestrationMessage> _timers = [];
    private List<HistoryEvent> _events = [];

    public string InstanceId => instanceId;

    public ExecutionStartedEvent Start { get; private set; } = start;

    public DateTime Now => now;

    /// <summary>Starts the next generation of a ContinueAsNew: its history replaces everything recorded so far.</summary>
    public void BeginGeneration(ExecutionStartedEvent next)
    {
        Start = next;
        _events = [];
    }

    public void Record(IEnumerable<HistoryEvent> newEvents, ExecutionResult result)
    {
        _events.AddRange(newEvents);
        foreach (var action in result.NewActions)
        {
            _events.Add(action.ToHistoryEvent(now));
            Route(action);
        }

        if (result.Status.IsTerminal())
        {
            _events.Add(new ExecutionCompletedEvent(-1, now, result.Status, result.Output, result.Failure));
            NotifyParent(result);
        }

        _events.Add(new OrchestratorCompletedEvent(-1, now));
    }

    public OrchestrationCommit ToCommit(bool historyReset, ExecutionResult result)
    {
        var customStatus = result.Status == OrchestrationRuntimeStatus.Terminated ? previous?.CustomStatus : result.CustomStatus;
        var state = new OrchestrationState(
            instanceId,
            Start.Name,
            Start.ExecutionId,
            result.Status,
            previous?.CreatedAt ?? Start.Timestamp,
            now,
            result.Status.IsTerminal() ? now : null,
            Start.Input,
            result.Output,
            customStatus,
            result.Failure,
            Start.Parent);
        return new OrchestrationCommit(historyReset, _events, state, _activities, _messages, _timers);
    }

    private void Route(OrchestratorAction action)
    {
        var executionId = Start.ExecutionId;
        switch (action)
        {
            case ScheduleTaskAction task:
                _activities.Add(new ActivityRequest(instanceId, executionId, task.Id, task.Name, task.Input));
                break;
            case CreateTimerAction timer:
                _timers.Add(new OrchestrationMessage(instanceId, executionId, new TimerFiredEvent(-1, timer.FireAt, timer.Id, timer.FireAt)));
                break;
            case CreateSubOrchestrationAction child:
                var childStart = new ExecutionStartedEvent(
                    -1,
                    now,
                    child.Name,
                    DeterministicGuid.ExecutionId($"{instanceId}:{executionId}:{child.Id}"),
                    child.Input,
                    0,
                    new ParentInstance(Start.Name, instanceId, executionId, child.Id));
                _messages.Add(new OrchestrationMessage(child.InstanceId, childStart.ExecutionId, childStart));
                break;
            case SendEventAction sent:
                _messages.Add(new OrchestrationMessage(sent.InstanceId, null, new EventRaisedEvent(-1, now, sent.Name, sent.Input)));
                break;
        }
    }

    private void NotifyParent(ExecutionResult result)
    {
        if (Start.Parent is not { } parent)
        {
            return;
        }

        HistoryEvent outcome = result.Status switch
        {
            OrchestrationRuntimeStatus.Completed =>
                new SubOrchestrationInstanceCompletedEvent(-1, now, parent.TaskScheduledId, result.Output),
            OrchestrationRuntimeStatus.Failed =>
                new SubOrchestrationInstanceFailedEvent(-1, now, parent.TaskScheduledId, result.Failure!),
            _ => new SubOrchestrationInstanceFailedEvent(-1, now, parent.TaskScheduledId, new TaskFailureDetails(
                nameof(OrchestrationRuntimeStatus.Terminated), $"Sub-orchestration '{instanceId}' was terminated: {result.Output}", null, null)),
        };
        _messages.Add(new OrchestrationMessage(parent.InstanceId, parent.ExecutionId, outcome));
    }
}
