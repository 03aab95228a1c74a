using Durable.History;
using Microsoft.Extensions.Logging;

namespace Durable.Replay;

/// <summary>
/// Replays an orchestration's history through its code on one thread, then applies the new events, and reports what
/// the code did: the new actions and whether it completed, failed, continued as new, or waits.
/// </summary>
internal sealed class OrchestrationExecutor(
    ITaskOrchestrator orchestrator, string instanceId, DataConverter converter, ILoggerFactory loggerFactory)
{
    private readonly OrchestrationSynchronizationContext _synchronizationContext = new();
    private readonly List<HistoryEvent> _deferredWhileSuspended = [];
    private ReplayContext? _context;
    private Task<object?>? _run;
    private bool _suspended;

    public ExecutionResult Execute(IReadOnlyList<HistoryEvent> pastEvents, IReadOnlyList<HistoryEvent> newEvents)
    {
        var started = FindStart(pastEvents) ?? FindStart(newEvents)
            ?? throw new InvalidOperationException($"Instance '{instanceId}' has no ExecutionStarted event.");
        var context = _context = new ReplayContext(instanceId, started, converter, loggerFactory);
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(_synchronizationContext);
        try
        {
            context.SetReplaying(true);
            ApplyAll(pastEvents);
            context.SetReplaying(false);
            ApplyAll(newEvents);
            return Result(context);
        }
        catch (NonDeterministicOrchestrationException exception)
        {
            return Result(context) with
            {
                Status = OrchestrationRuntimeStatus.Failed,
                Output = null,
                Failure = TaskFailureDetails.FromException(exception),
                ContinueAsNew = null,
            };
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }

    private static ExecutionStartedEvent? FindStart(IReadOnlyList<HistoryEvent> events)
    {
        foreach (var recorded in events)
        {
            if (recorded is ExecutionStartedEvent started)
            {
                return started;
            }
        }

        return null;
    }

    private void ApplyAll(IReadOnlyList<HistoryEvent> events)
    {
        foreach (var recorded in events)
        {
            Apply(recorded);
        }
    }

    private void Apply(HistoryEvent recorded)
    {
        switch (recorded)
        {
            case ExecutionStartedEvent started:
                Start(started);
                break;
            case ExecutionSuspendedEvent:
                _suspended = true;
                break;
            case ExecutionResumedEvent:
                _suspended = false;
                var deferred = _deferredWhileSuspended.ToArray();
                _deferredWhileSuspended.Clear();
                ApplyAll(deferred);
                break;
            case TaskCompletedEvent or TaskFailedEvent or TimerFiredEvent or EventRaisedEvent
                or SubOrchestrationInstanceCompletedEvent or SubOrchestrationInstanceFailedEvent when _suspended:
                _deferredWhileSuspended.Add(recorded);
                break;
            default:
                _context!.Apply(recorded);
                break;
        }

        _synchronizationContext.RunPosted();
    }

    private void Start(ExecutionStartedEvent started)
    {
        try
        {
            var input = converter.Deserialize(started.Input, orchestrator.InputType);
            _run = orchestrator.RunAsync(_context!, input);
        }
        catch (Exception exception) when (exception is not NonDeterministicOrchestrationException)
        {
            _run = Task.FromException<object?>(exception);
        }
    }

    private ExecutionResult Result(ReplayContext context)
    {
        var status = _suspended ? OrchestrationRuntimeStatus.Suspended : OrchestrationRuntimeStatus.Running;
        string? output = null;
        TaskFailureDetails? failure = null;
        ContinueAsNewRequest? continueAsNew = null;
        if (_run is { IsCompleted: true } run && !_suspended)
        {
            if (run.IsFaulted)
            {
                status = OrchestrationRuntimeStatus.Failed;
                failure = TaskFailureDetails.FromException(run.Exception!.InnerException ?? run.Exception);
            }
            else if (run.IsCanceled)
            {
                status = OrchestrationRuntimeStatus.Failed;
                failure = TaskFailureDetails.FromException(new TaskCanceledException("The orchestrator's task was cancelled."));
            }
            else if (context.ContinueAsNewRequest is { } request)
            {
                status = OrchestrationRuntimeStatus.ContinuedAsNew;
                continueAsNew = request;
            }
            else
            {
                status = OrchestrationRuntimeStatus.Completed;
                output = converter.Serialize(run.Result);
            }
        }

        return new ExecutionResult(
            context.NewActions, status, output, failure, context.CustomStatus, continueAsNew, context.UnconsumedEvents);
    }
}
