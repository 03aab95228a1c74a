using Durable.Backend;
using Durable.History;

namespace Durable.Client;

public sealed partial class DurableTaskClient
{
    /// <summary>Sends an external event to an instance.</summary>
    /// <param name="instanceId">The instance id.</param>
    /// <param name="eventName">The event name (case-insensitive).</param>
    /// <param name="eventPayload">The payload.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the event is stored.</returns>
    /// <exception cref="OrchestrationNotFoundException">No such instance.</exception>
    /// <exception cref="OrchestrationStatusConflictException">The instance has ended.</exception>
    public Task RaiseEventAsync(string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventName);
        return SignalAsync(
            instanceId, "raise an event", now => new EventRaisedEvent(-1, now, eventName, DataConverter.Serialize(eventPayload)), cancellationToken);
    }

    /// <summary>Terminates an instance; its status becomes Terminated with the reason as output.</summary>
    /// <param name="instanceId">The instance id.</param>
    /// <param name="reason">Why.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the request is stored.</returns>
    /// <exception cref="OrchestrationNotFoundException">No such instance.</exception>
    /// <exception cref="OrchestrationStatusConflictException">The instance has ended.</exception>
    public Task TerminateInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellationToken = default) =>
        SignalAsync(instanceId, "terminate", now => new ExecutionTerminatedEvent(-1, now, reason), cancellationToken);

    /// <summary>Suspends an instance: events that arrive meanwhile are kept and applied on resume.</summary>
    /// <param name="instanceId">The instance id.</param>
    /// <param name="reason">Why.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the request is stored.</returns>
    /// <exception cref="OrchestrationNotFoundException">No such instance.</exception>
    /// <exception cref="OrchestrationStatusConflictException">The instance has ended.</exception>
    public Task SuspendInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellationToken = default) =>
        SignalAsync(instanceId, "suspend", now => new ExecutionSuspendedEvent(-1, now, reason), cancellationToken);

    /// <summary>Resumes a suspended instance.</summary>
    /// <param name="instanceId">The instance id.</param>
    /// <param name="reason">Why.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the request is stored.</returns>
    /// <exception cref="OrchestrationNotFoundException">No such instance.</exception>
    /// <exception cref="OrchestrationStatusConflictException">The instance has ended.</exception>
    public Task ResumeInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellationToken = default) =>
        SignalAsync(instanceId, "resume", now => new ExecutionResumedEvent(-1, now, reason), cancellationToken);

    private async Task SignalAsync(string instanceId, string operation, Func<DateTime, HistoryEvent> signal, CancellationToken cancellationToken)
    {
        var state = (InstanceIds.CanExist(instanceId) ? await backend.GetStateAsync(instanceId, false, cancellationToken).ConfigureAwait(false) : null)
            ?? throw new OrchestrationNotFoundException(instanceId);
        if (state.Status.IsTerminal())
        {
            throw new OrchestrationStatusConflictException(instanceId, state.Status, operation);
        }

        var message = new OrchestrationMessage(instanceId, null, signal(_timeProvider.GetUtcNow().UtcDateTime));
        await backend.SendMessageAsync(message, cancellationToken).ConfigureAwait(false);
    }
}
