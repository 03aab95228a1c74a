using System.Text.Json;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using Moq.Protected;
using Probation.Orders.Activities;

namespace Probation.Orders.Support;

/// <summary>
/// A mocked <see cref="TaskOrchestrationContext"/> that records what an orchestrator asks of it (activities, timers,
/// custom statuses, ContinueAsNew, events sent) and lets a test complete external-event waits by name and timers
/// through <see cref="TaskCompletionSource"/>s. The orchestrator runs on the test's thread without a synchronization
/// context, as on the engine's single orchestrator thread: completing a wait runs it on until it waits again.
/// </summary>
internal sealed class OrchestrationContextMock
{
    public const string InstanceId = "order-ORD-2026-000123";

    private readonly Mock<TaskOrchestrationContext> _mock = new() { CallBase = true };
    private readonly Dictionary<string, Queue<TaskCompletionSource<JsonElement?>>> _waits = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<ActivityCall> _activities = [];
    private readonly List<TimerCall> _timers = [];
    private readonly List<object?> _statuses = [];
    private readonly List<object?> _continuedAsNew = [];
    private readonly List<(string InstanceId, string Name, object? Payload)> _sentEvents = [];

    /// <param name="utcNow">The orchestration's time (business time minus the order's clock offset).</param>
    public OrchestrationContextMock(DateTime utcNow)
    {
        UtcNow = utcNow;
        _mock.SetupGet(c => c.InstanceId).Returns(InstanceId);
        _mock.SetupGet(c => c.CurrentUtcDateTime).Returns(() => UtcNow);
        _mock.SetupGet(c => c.IsReplaying).Returns(false);
        _mock.Protected().SetupGet<ILoggerFactory>("LoggerFactory").Returns(NullLoggerFactory.Instance);
        _mock.Setup(c => c.CallActivityAsync<object>(It.IsAny<TaskName>(), It.IsAny<object?>(), It.IsAny<TaskOptions?>()))
            .Returns((TaskName name, object? input, TaskOptions? options) => CallActivity(name.Name, input, options));
        _mock.Setup(c => c.CreateTimer(It.IsAny<DateTime>(), It.IsAny<CancellationToken>()))
            .Returns((DateTime fireAt, CancellationToken token) => CreateTimer(fireAt, token));
        _mock.Setup(c => c.WaitForExternalEvent<JsonElement?>(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns((string name, CancellationToken _) => Wait(name));
        _mock.Setup(c => c.SetCustomStatus(It.IsAny<object?>())).Callback((object? status) => _statuses.Add(status));
        _mock.Setup(c => c.ContinueAsNew(It.IsAny<object?>(), It.IsAny<bool>()))
            .Callback((object? input, bool preserveUnprocessedEvents) => _continuedAsNew.Add(input));
        _mock.Setup(c => c.SendEvent(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<object>()))
            .Callback((string instanceId, string name, object payload) => _sentEvents.Add((instanceId, name, payload)));
    }

    public TaskOrchestrationContext Object => _mock.Object;

    /// <summary>What <see cref="TaskOrchestrationContext.CurrentUtcDateTime"/> returns.</summary>
    public DateTime UtcNow { get; set; }

    /// <summary>When true, activity calls stay incomplete until <see cref="CompleteActivities"/>.</summary>
    public bool HoldActivities { get; set; }

    public IReadOnlyList<ActivityCall> Activities => _activities;

    public IReadOnlyList<TimerCall> Timers => _timers;

    public IReadOnlyList<object?> Statuses => _statuses;

    public IReadOnlyList<object?> ContinuedAsNew => _continuedAsNew;

    public IReadOnlyList<(string InstanceId, string Name, object? Payload)> SentEvents => _sentEvents;

    /// <summary>Runs <paramref name="orchestrator"/> until it first waits; the task completes when the execution ends.</summary>
    public Task<TOutput> Run<TInput, TOutput>(TaskOrchestrator<TInput, TOutput> orchestrator, TInput input) =>
        OnOrchestratorThread(() => orchestrator.RunAsync(Object, input));

    /// <summary>Whether the orchestrator waits for an event named <paramref name="name"/>.</summary>
    public bool IsWaitingFor(string name) => _waits.TryGetValue(name, out var waits) && waits.Count > 0;

    /// <summary>Delivers an event to the oldest wait for <paramref name="name"/>, as the engine would.</summary>
    public void Raise(string name, JsonElement? payload)
    {
        var wait = _waits[name].Dequeue();
        OnOrchestratorThread(() => wait.SetResult(payload));
    }

    /// <summary>Moves the orchestration's time to <paramref name="timer"/>'s fire time and fires it.</summary>
    public void Fire(TimerCall timer)
    {
        UtcNow = timer.FireAt;
        OnOrchestratorThread(() => timer.Completion.SetResult());
    }

    /// <summary>Completes every held activity call.</summary>
    public void CompleteActivities() =>
        OnOrchestratorThread(() => _activities.ForEach(a => a.Completion.TrySetResult(null!)));

    /// <summary>What the step sent: the input of its only activity call, <see cref="OrderActivityNames.RecordOrderStep"/>.</summary>
    public OrderStepOutput StepOutput =>
        Assert.IsType<OrderStepOutput>(Assert.Single(_activities, a => a.Name == OrderActivityNames.RecordOrderStep).Input);

    private static void OnOrchestratorThread(Action action) => OnOrchestratorThread(() =>
    {
        action();
        return true;
    });

    private static T OnOrchestratorThread<T>(Func<T> action)
    {
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            return action();
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }

    private Task<object> CallActivity(string name, object? input, TaskOptions? options)
    {
        var call = new ActivityCall(name, input, options, new TaskCompletionSource<object>());
        _activities.Add(call);
        if (!HoldActivities)
        {
            call.Completion.SetResult(null!);
        }

        return call.Completion.Task;
    }

    private Task CreateTimer(DateTime fireAt, CancellationToken token)
    {
        var timer = new TimerCall(fireAt, token, new TaskCompletionSource());
        token.Register(() => timer.Completion.TrySetCanceled(token));
        _timers.Add(timer);
        return timer.Completion.Task;
    }

    private Task<JsonElement?> Wait(string name)
    {
        var wait = new TaskCompletionSource<JsonElement?>();
        if (!_waits.TryGetValue(name, out var waits))
        {
            _waits[name] = waits = new Queue<TaskCompletionSource<JsonElement?>>();
        }

        waits.Enqueue(wait);
        return wait.Task;
    }

    /// <summary>A call of an activity, with the options it was called with.</summary>
    public sealed record ActivityCall(string Name, object? Input, TaskOptions? Options, TaskCompletionSource<object> Completion);

    /// <summary>A durable timer and the token that cancels it.</summary>
    public sealed record TimerCall(DateTime FireAt, CancellationToken Token, TaskCompletionSource Completion);
}
