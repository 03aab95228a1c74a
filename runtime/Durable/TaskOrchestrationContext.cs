using Microsoft.Extensions.Logging;

namespace Durable;

/// <summary>
/// What orchestrator code may use: the only source of time, ids, activities, timers, events and sub-orchestrations.
/// </summary>
/// <remarks>
/// Orchestrator code is replayed from its history every time it resumes, so it must be deterministic: it must not read
/// the clock, make random numbers or GUIDs, do I/O, start threads (<c>Task.Run</c>), delay (<c>Task.Delay</c>) or use
/// <c>ConfigureAwait(false)</c>. Everything that is not deterministic goes through this context (time, GUIDs) or
/// through an activity (I/O). The tasks this context returns may be combined with <c>Task.WhenAll</c> and
/// <c>Task.WhenAny</c>.
/// </remarks>
public abstract class TaskOrchestrationContext
{
    /// <summary>The orchestrator name this instance runs.</summary>
    public abstract string Name { get; }

    /// <summary>The instance id.</summary>
    public abstract string InstanceId { get; }

    /// <summary>
    /// The orchestration's current time (UTC): the time the current episode started, recorded in history, so replay
    /// sees the same value. Use it instead of <c>DateTime.UtcNow</c>.
    /// </summary>
    public abstract DateTime CurrentUtcDateTime { get; }

    /// <summary>Whether the code is being replayed from history (side effects already happened once).</summary>
    public abstract bool IsReplaying { get; }

    /// <summary>The orchestration's input.</summary>
    /// <typeparam name="T">The input type.</typeparam>
    /// <returns>The deserialized input.</returns>
    public abstract T? GetInput<T>();

    /// <summary>Schedules an activity and returns its result.</summary>
    /// <typeparam name="TResult">The activity's result type.</typeparam>
    /// <param name="name">The registered activity name.</param>
    /// <param name="input">The activity input, serialized into history.</param>
    /// <param name="options">Retry options.</param>
    /// <returns>The result; faults with <see cref="TaskFailedException"/> when the activity fails (after retries).</returns>
    /// <remarks>
    /// Activities run at least once: after a crash an activity may run again, so activities must be idempotent; they
    /// get <see cref="TaskActivityContext.IdempotencyKey"/> to help. Their result is applied to the orchestration once.
    /// </remarks>
    public abstract Task<TResult> CallActivityAsync<TResult>(string name, object? input = null, TaskOptions? options = null);

    /// <summary>Schedules an activity and waits for it to complete.</summary>
    /// <param name="name">The registered activity name.</param>
    /// <param name="input">The activity input.</param>
    /// <param name="options">Retry options.</param>
    /// <returns>A task that completes when the activity does.</returns>
    public virtual Task CallActivityAsync(string name, object? input = null, TaskOptions? options = null) =>
        CallActivityAsync<object?>(name, input, options);

    /// <summary>Creates a durable timer that fires at <paramref name="fireAt"/>.</summary>
    /// <param name="fireAt">When the timer fires (UTC); any distance ahead, from seconds to years.</param>
    /// <param name="cancellationToken">Cancels the timer; the returned task is then cancelled.</param>
    /// <returns>A task that completes when the timer fires.</returns>
    /// <remarks>Cancel timers that lose a <c>Task.WhenAny</c> race so the history stays tidy.</remarks>
    public abstract Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken);

    /// <summary>Creates a durable timer that fires after <paramref name="delay"/>.</summary>
    /// <param name="delay">How long from <see cref="CurrentUtcDateTime"/>.</param>
    /// <param name="cancellationToken">Cancels the timer.</param>
    /// <returns>A task that completes when the timer fires.</returns>
    public virtual Task CreateTimer(TimeSpan delay, CancellationToken cancellationToken) =>
        CreateTimer(CurrentUtcDateTime.Add(delay), cancellationToken);

    /// <summary>Waits for an external event.</summary>
    /// <typeparam name="T">The payload type.</typeparam>
    /// <param name="eventName">The event name (case-insensitive).</param>
    /// <param name="cancellationToken">Stops waiting; the returned task is then cancelled.</param>
    /// <returns>The payload of the next event of that name.</returns>
    /// <remarks>
    /// Events that arrive before anyone waits are kept, in order, and handed to later waits. Several waits on one name
    /// are served in the order they started.
    /// </remarks>
    public abstract Task<T> WaitForExternalEvent<T>(string eventName, CancellationToken cancellationToken = default);

    /// <summary>Waits for an external event for at most <paramref name="timeout"/>.</summary>
    /// <typeparam name="T">The payload type.</typeparam>
    /// <param name="eventName">The event name (case-insensitive).</param>
    /// <param name="timeout">How long to wait, measured on the orchestration's clock with a durable timer.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The payload; faults with <see cref="ExternalEventTimeoutException"/> when the timeout passes first.</returns>
    public virtual async Task<T> WaitForExternalEvent<T>(string eventName, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var timerCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var waitCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var received = WaitForExternalEvent<T>(eventName, waitCancellation.Token);
        var timer = CreateTimer(timeout, timerCancellation.Token);
        var winner = await Task.WhenAny(received, timer);
        // Cancel synchronously: CancelAsync may run callbacks on another thread, which replay must never do.
        if (winner == received)
        {
            timerCancellation.Cancel();
            return await received;
        }

        waitCancellation.Cancel();
        cancellationToken.ThrowIfCancellationRequested();
        throw new ExternalEventTimeoutException(eventName, timeout);
    }

    /// <summary>Starts a sub-orchestration and returns its output.</summary>
    /// <typeparam name="TResult">The output type.</typeparam>
    /// <param name="orchestratorName">The registered orchestrator name.</param>
    /// <param name="input">The input.</param>
    /// <param name="options">Instance id and retry options.</param>
    /// <returns>The output; faults with <see cref="TaskFailedException"/> when the sub-orchestration fails or is terminated.</returns>
    public abstract Task<TResult> CallSubOrchestratorAsync<TResult>(
        string orchestratorName, object? input = null, SubOrchestrationOptions? options = null);

    /// <summary>Starts a sub-orchestration and waits for it to complete.</summary>
    /// <param name="orchestratorName">The registered orchestrator name.</param>
    /// <param name="input">The input.</param>
    /// <param name="options">Instance id and retry options.</param>
    /// <returns>A task that completes when the sub-orchestration does.</returns>
    public virtual Task CallSubOrchestratorAsync(string orchestratorName, object? input = null, SubOrchestrationOptions? options = null) =>
        CallSubOrchestratorAsync<object?>(orchestratorName, input, options);

    /// <summary>Sends an event to another instance (fire and forget).</summary>
    /// <param name="instanceId">The receiving instance.</param>
    /// <param name="eventName">The event name.</param>
    /// <param name="payload">The payload.</param>
    public abstract void SendEvent(string instanceId, string eventName, object? payload);

    /// <summary>
    /// Restarts the orchestration with a fresh history and a new input once the orchestrator function returns.
    /// </summary>
    /// <param name="newInput">The next execution's input.</param>
    /// <param name="preserveUnprocessedEvents">
    /// Carry events that arrived but were not consumed into the next execution (default), rather than drop them.
    /// </param>
    /// <remarks>Use it to keep the history of a long-lived orchestration bounded.</remarks>
    public abstract void ContinueAsNew(object? newInput = null, bool preserveUnprocessedEvents = true);

    /// <summary>Sets the status that clients see while the instance runs; at most 16 KiB once serialized.</summary>
    /// <param name="customStatus">The status, or <see langword="null"/> to clear it.</param>
    /// <exception cref="ArgumentException">The serialized status is larger than 16 KiB.</exception>
    public abstract void SetCustomStatus(object? customStatus);

    /// <summary>A GUID that is the same on every replay (name-based, from the instance id, the clock and a counter).</summary>
    /// <returns>The GUID.</returns>
    public abstract Guid NewGuid();

    /// <summary>A logger that writes only when the code is not being replayed, so each message appears once.</summary>
    /// <param name="categoryName">The log category.</param>
    /// <returns>The logger.</returns>
    public abstract ILogger CreateReplaySafeLogger(string categoryName);

    /// <summary>A logger for <typeparamref name="T"/> that writes only when the code is not being replayed.</summary>
    /// <typeparam name="T">The category type.</typeparam>
    /// <returns>The logger.</returns>
    public virtual ILogger CreateReplaySafeLogger<T>() => CreateReplaySafeLogger(typeof(T).FullName ?? typeof(T).Name);
}
