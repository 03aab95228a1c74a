using Durable.Backend;
using Durable.History;

namespace Durable.Client;

/// <summary>Schedules, signals, inspects and cleans up orchestration instances.</summary>
/// <param name="backend">Where the instances live.</param>
/// <param name="timeProvider">The clock for timestamps; the system clock by default.</param>
/// <param name="converter">Serializes inputs and payloads; JSON by default.</param>
public sealed partial class DurableTaskClient(IOrchestrationBackend backend, TimeProvider? timeProvider = null, DataConverter? converter = null)
{
    private readonly TimeProvider _timeProvider = timeProvider ?? TimeProvider.System;

    /// <summary>The converter for inputs, outputs and payloads.</summary>
    public DataConverter DataConverter { get; } = converter ?? JsonDataConverter.Default;

    /// <summary>Schedules a new orchestration instance.</summary>
    /// <param name="orchestratorName">The registered orchestrator name.</param>
    /// <param name="input">The input.</param>
    /// <param name="options">The instance id and what to do when it exists.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The instance id.</returns>
    /// <remarks>
    /// Idempotent on the instance id: scheduling an id whose instance exists and has not ended returns the id and changes
    /// nothing. An ended instance is replaced by a new run, or kept when <see cref="StartOrchestrationOptions.RestartIfEnded"/>
    /// is off, in which case <see cref="OrchestrationStatusConflictException"/> is thrown.
    /// </remarks>
    public async Task<string> ScheduleNewOrchestrationInstanceAsync(
        string orchestratorName, object? input = null, StartOrchestrationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orchestratorName);
        var now = _timeProvider.GetUtcNow();
        var instanceId = options?.InstanceId ?? Guid.CreateVersion7(now).ToString("N");
        InstanceIds.Validate(instanceId);
        var start = new ExecutionStartedEvent(
            -1, now.UtcDateTime, orchestratorName, Guid.CreateVersion7(now).ToString("N"), DataConverter.Serialize(input), 0, null);
        var result = await backend.CreateInstanceAsync(instanceId, start, options?.RestartIfEnded ?? true, cancellationToken)
            .ConfigureAwait(false);
        if (!result.Created && result.State.Status.IsTerminal())
        {
            throw new OrchestrationStatusConflictException(instanceId, result.State.Status, "schedule a new run");
        }

        return instanceId;
    }

    /// <summary>Reads an instance.</summary>
    /// <param name="instanceId">The instance id.</param>
    /// <param name="getInputsAndOutputs">Whether to read input, output and custom status.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The instance, or <see langword="null"/> when it does not exist.</returns>
    public async Task<OrchestrationMetadata?> GetInstanceAsync(
        string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellationToken = default)
    {
        if (!InstanceIds.CanExist(instanceId))
        {
            return null;
        }

        var state = await backend.GetStateAsync(instanceId, getInputsAndOutputs, cancellationToken).ConfigureAwait(false);
        return state is null ? null : new OrchestrationMetadata(state, DataConverter);
    }

    /// <summary>Reads an instance's history (its current execution).</summary>
    /// <param name="instanceId">The instance id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The history; empty for an unknown instance.</returns>
    public Task<IReadOnlyList<HistoryEvent>> GetHistoryAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        return InstanceIds.CanExist(instanceId)
            ? backend.GetHistoryAsync(instanceId, cancellationToken)
            : Task.FromResult<IReadOnlyList<HistoryEvent>>([]);
    }

    /// <summary>Reads one page of instances matching a query, in instance-id order.</summary>
    /// <param name="query">The query.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page and the token for the next one.</returns>
    public async Task<OrchestrationQueryResult<OrchestrationMetadata>> QueryInstancesAsync(
        OrchestrationQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();
        var page = await backend.QueryInstancesAsync(query, cancellationToken).ConfigureAwait(false);
        return new OrchestrationQueryResult<OrchestrationMetadata>(
            [.. page.Instances.Select(s => new OrchestrationMetadata(s, DataConverter))], page.ContinuationToken);
    }

    /// <summary>Deletes an ended instance and its history.</summary>
    /// <param name="instanceId">The instance id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><see langword="true"/> when it was deleted, <see langword="false"/> when it does not exist.</returns>
    /// <exception cref="OrchestrationStatusConflictException">The instance has not ended.</exception>
    public async Task<bool> PurgeInstanceAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        if (!InstanceIds.CanExist(instanceId))
        {
            return false;
        }

        var outcome = await backend.PurgeInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
        if (outcome == PurgeOutcome.NotEnded)
        {
            var state = await backend.GetStateAsync(instanceId, false, cancellationToken).ConfigureAwait(false);
            throw new OrchestrationStatusConflictException(instanceId, state?.Status ?? OrchestrationRuntimeStatus.Running, "purge the instance");
        }

        return outcome == PurgeOutcome.Purged;
    }

    /// <summary>Deletes the ended instances matching a filter.</summary>
    /// <param name="filter">The filter.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many instances were deleted.</returns>
    public Task<int> PurgeInstancesAsync(PurgeInstancesFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return backend.PurgeInstancesAsync(filter, cancellationToken);
    }
}
