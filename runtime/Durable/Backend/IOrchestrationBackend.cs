using Durable.Client;
using Durable.History;

namespace Durable.Backend;

/// <summary>
/// Where all durable state lives: instance records, histories, pending messages, timers and activity calls. The worker
/// and the client are stateless on top of it, so any backend that passes the conformance suite can carry the runtime.
/// </summary>
/// <remarks>
/// Time-dependent behaviour (when a timer is due, the timestamps written) follows the <see cref="TimeProvider"/> the
/// backend was built with, so a virtual clock drives timers through the same path as production.
/// </remarks>
public interface IOrchestrationBackend
{
    /// <summary>
    /// Creates an instance in status Pending and queues its start event. If the instance exists and has not ended,
    /// nothing changes. If it has ended, it is replaced by the new run when <paramref name="replaceEnded"/> is set, and
    /// kept otherwise.
    /// </summary>
    /// <param name="instanceId">The instance id.</param>
    /// <param name="start">The start event of the new run.</param>
    /// <param name="replaceEnded">Whether an ended instance is replaced.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether the call created the run, and the record that exists afterwards.</returns>
    Task<CreateInstanceResult> CreateInstanceAsync(
        string instanceId, ExecutionStartedEvent start, bool replaceEnded, CancellationToken cancellationToken = default);

    /// <summary>Queues a message for an instance; a message for an unknown instance is dropped.</summary>
    /// <param name="message">The message.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the message is stored.</returns>
    Task SendMessageAsync(OrchestrationMessage message, CancellationToken cancellationToken = default);

    /// <summary>Reads an instance's record.</summary>
    /// <param name="instanceId">The instance id.</param>
    /// <param name="includeInputsAndOutputs">Whether to read input, output and custom status.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record, or <see langword="null"/> for an unknown instance.</returns>
    Task<OrchestrationState?> GetStateAsync(
        string instanceId, bool includeInputsAndOutputs = true, CancellationToken cancellationToken = default);

    /// <summary>Reads an instance's history (its current execution).</summary>
    /// <param name="instanceId">The instance id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The history; empty for an unknown instance.</returns>
    Task<IReadOnlyList<HistoryEvent>> GetHistoryAsync(string instanceId, CancellationToken cancellationToken = default);

    /// <summary>Reads one page of instances matching a query, in instance-id order.</summary>
    /// <param name="query">The query.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    Task<OrchestrationQueryResult<OrchestrationState>> QueryInstancesAsync(
        OrchestrationQuery query, CancellationToken cancellationToken = default);

    /// <summary>Deletes an ended instance with its history.</summary>
    /// <param name="instanceId">The instance id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>What happened.</returns>
    Task<PurgeOutcome> PurgeInstanceAsync(string instanceId, CancellationToken cancellationToken = default);

    /// <summary>Deletes the ended instances matching a filter.</summary>
    /// <param name="filter">The filter.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many instances were deleted.</returns>
    Task<int> PurgeInstancesAsync(PurgeInstancesFilter filter, CancellationToken cancellationToken = default);

    /// <summary>
    /// Locks the next instance that has messages (due timers included), waiting until there is one.
    /// </summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The work item, or <see langword="null"/> when the wait ended without work (poll again).</returns>
    Task<OrchestrationWorkItem?> LockNextOrchestrationWorkItemAsync(CancellationToken cancellationToken = default);

    /// <summary>Commits an episode and releases the instance.</summary>
    /// <param name="workItem">The locked work item.</param>
    /// <param name="commit">What the episode changed.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the commit is durable.</returns>
    Task CompleteOrchestrationWorkItemAsync(
        OrchestrationWorkItem workItem, OrchestrationCommit commit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Releases the instance without change; its messages will be delivered again, and a backend may set aside
    /// messages that keep failing, with the reason.
    /// </summary>
    /// <param name="workItem">The locked work item.</param>
    /// <param name="reason">Why the episode failed.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the instance is released.</returns>
    Task AbandonOrchestrationWorkItemAsync(OrchestrationWorkItem workItem, string? reason = null, CancellationToken cancellationToken = default);

    /// <summary>Locks the next activity call, waiting until there is one.</summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The work item, or <see langword="null"/> when the wait ended without work (poll again).</returns>
    Task<ActivityWorkItem?> LockNextActivityWorkItemAsync(CancellationToken cancellationToken = default);

    /// <summary>Removes an activity call and delivers its result to the caller, atomically.</summary>
    /// <param name="workItem">The locked call.</param>
    /// <param name="result">The result message (TaskCompleted or TaskFailed) for the calling instance.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the result is durable.</returns>
    Task CompleteActivityWorkItemAsync(ActivityWorkItem workItem, OrchestrationMessage result, CancellationToken cancellationToken = default);

    /// <summary>Releases an activity call without a result; it will be delivered again.</summary>
    /// <param name="workItem">The locked call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the call is released.</returns>
    Task AbandonActivityWorkItemAsync(ActivityWorkItem workItem, CancellationToken cancellationToken = default);

    /// <summary>When the earliest pending timer is due, if any timer is pending.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The due time (UTC), or <see langword="null"/>.</returns>
    Task<DateTime?> GetNextTimerDueAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Waits until no work is ready or in progress: no instance with messages, no activity call, no timer due now.
    /// Timers due later do not count.
    /// </summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>A task that completes when the backend is idle.</returns>
    Task WaitForIdleAsync(CancellationToken cancellationToken = default);
}
