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

    private object? _preparedInput;

    /// <summary>Whether the orchestration can go on in this executor (it waits rather than ended or failed).</summary>
    public bool CanContinue { get; private set; }

    /// <summary>Replays the history through the code, then applies the new events.</summary>
    /// <param name="pastEvents">The committed history of the execution.</param>
    /// <param name="newEvents">The events of this episode.</param>
    /// <param name="preparedInput">The input object, when the caller holds it already (a ContinueAsNew in this episode).</param>
    public ExecutionResult Execute(IReadOnlyList<HistoryEvent> pastEvents, IReadOnlyList<HistoryEvent> newEvents, object? preparedInput = null)
    {
        var started = HistoryFacts.Start(pastEvents) ?? HistoryFacts.Start(newEvents)
            ?? throw new InvalidOperationException($"Instance '{instanceId}' has no ExecutionStarted event.");
        _context = new ReplayContext(instanceId, started, converter, loggerFactory);
        _preparedInput = preparedInput;
        return Run(() =>
        {
            _context.SetReplaying(true);
            ApplyAll(pastEvents);
            _context.SetReplaying(false);
            ApplyAll(newEvents);
        });
    }

    /// <summary>
    /// Goes on from where the last episode left this executor, applying only the new events: no replay. Only valid when
    /// that episode was committed and the history has not changed since.
    /// </summary>
    public ExecutionResult Continue(IReadOnlyList<HistoryEvent> newEvents)
    {
        _context!.AcceptNewActions();
        return Run(() => ApplyAll(newEvents));
    }

    private ExecutionResult Run(Action apply)
    {
        var context = _context!;
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(_synchronizationContext);
        try
        {
            apply();
            var result = Result(context);
            CanContinue = result.Status is OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Suspended;
            return result;
        }
        catch (NonDeterministicOrchestrationException exception)
        {
            CanContinue = false;
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
            var input = _preparedInput is { } prepared && orchestrator.InputType.IsInstanceOfType(prepared)
                ? prepared
                : converter.Deserialize(started.Input, orchestrator.InputType);
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
