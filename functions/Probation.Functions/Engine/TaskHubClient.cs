using System.Globalization;
using DurableTask.AzureStorage;
using DurableTask.Core;
using DurableTask.Core.History;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using CoreStatus = DurableTask.Core.OrchestrationStatus;

namespace Probation.Functions.Engine;

/// <summary>
/// The Durable Task SDK's client over the Durable Task Framework's Azure Storage provider, so the self-host's
/// handlers use the same client type as the Azure Functions app's <c>[DurableClient]</c>. Inputs, outputs and event
/// payloads go through the SDK's <see cref="DataConverter"/>, as the worker's shims read them.
/// </summary>
/// <remarks>
/// Events are addressed by instance id only: DTFx drops an event addressed to an old execution after ContinueAsNew.
/// Raising an event to an instance that does not exist is not an error here (the engine discards it); callers that
/// need to know check the instance first. Every start names its instance: the service's instance ids come from the
/// documents (one order, one instance), and this client makes no random ids.
/// </remarks>
internal sealed partial class TaskHubClient(AzureStorageOrchestrationService service, DataConverter converter, TimeProvider time)
    : DurableTaskClient("taskhub")
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    /// <inheritdoc />
    public override async Task<string> ScheduleNewOrchestrationInstanceAsync(
        TaskName orchestratorName, object? input = null, StartOrchestrationOptions? options = null, CancellationToken cancellation = default)
    {
        if (options?.InstanceId is not { Length: > 0 } instanceId)
        {
            throw new ArgumentException("This client starts named instances only: give StartOrchestrationOptions.InstanceId.", nameof(options));
        }

        // An execution id only has to differ from the instance's earlier executions: the time of the start does.
        var instance = new OrchestrationInstance
        {
            InstanceId = instanceId,
            ExecutionId = time.GetUtcNow().UtcTicks.ToString("x16", CultureInfo.InvariantCulture),
        };
        var started = new ExecutionStartedEvent(-1, converter.Serialize(input))
        {
            Name = orchestratorName.Name,
            Version = options?.Version?.Version ?? string.Empty,
            OrchestrationInstance = instance,
            ScheduledStartTime = options?.StartAt?.UtcDateTime,
            Tags = options?.Tags?.ToDictionary(t => t.Key, t => t.Value),
        };
        var dedupe = options?.DedupeStatuses?.Select(Enum.Parse<CoreStatus>).ToArray();
        await service.CreateTaskOrchestrationAsync(new TaskMessage { Event = started, OrchestrationInstance = instance }, dedupe!)
            .WaitAsync(cancellation).ConfigureAwait(false);
        return instance.InstanceId;
    }

    /// <inheritdoc />
    public override Task RaiseEventAsync(string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellation = default) =>
        SendAsync(instanceId, new EventRaisedEvent(-1, converter.Serialize(eventPayload)) { Name = eventName }, cancellation);

    /// <inheritdoc />
    public override Task TerminateInstanceAsync(string instanceId, TerminateInstanceOptions? options = null, CancellationToken cancellation = default) =>
        service.ForceTerminateTaskOrchestrationAsync(instanceId, converter.Serialize(options?.Output)).WaitAsync(cancellation);

    /// <inheritdoc />
    public override Task SuspendInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default) =>
        SendAsync(instanceId, new ExecutionSuspendedEvent(-1, reason), cancellation);

    /// <inheritdoc />
    public override Task ResumeInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default) =>
        SendAsync(instanceId, new ExecutionResumedEvent(-1, reason), cancellation);

    /// <inheritdoc />
    public override Task<OrchestrationMetadata> WaitForInstanceStartAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) =>
        PollAsync(instanceId, getInputsAndOutputs, status => status != OrchestrationRuntimeStatus.Pending, cancellation);

    /// <inheritdoc />
    public override Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) =>
        PollAsync(instanceId, getInputsAndOutputs, status => status is OrchestrationRuntimeStatus.Completed or OrchestrationRuntimeStatus.Failed or OrchestrationRuntimeStatus.Terminated, cancellation);

    /// <inheritdoc />
    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private Task SendAsync(string instanceId, HistoryEvent message, CancellationToken cancellation) =>
        service.SendTaskOrchestrationMessageAsync(new TaskMessage
        {
            OrchestrationInstance = new OrchestrationInstance { InstanceId = instanceId },
            Event = message,
        }).WaitAsync(cancellation);

    private async Task<OrchestrationMetadata> PollAsync(
        string instanceId, bool getInputsAndOutputs, Func<OrchestrationRuntimeStatus, bool> reached, CancellationToken cancellation)
    {
        while (true)
        {
            if (await GetInstancesAsync(instanceId, getInputsAndOutputs, cancellation).ConfigureAwait(false) is { } instance && reached(instance.RuntimeStatus))
            {
                return instance;
            }

            await Task.Delay(PollInterval, time, cancellation).ConfigureAwait(false);
        }
    }
}
