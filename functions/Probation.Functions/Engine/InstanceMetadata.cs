using DurableTask.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Probation.Functions.Engine;

/// <summary>
/// The SDK's view of an instance from the engine's <see cref="OrchestrationState"/>. The provider leaves out only the
/// input when asked to spare payloads (output and custom status come with every row), so only the input is left out
/// here: Durable Functions' status API shows output and custom status with <c>showInput=false</c> too.
/// </summary>
internal static class InstanceMetadata
{
    public static OrchestrationMetadata From(OrchestrationState state, DataConverter converter, bool withInput) =>
        new(state.Name, state.OrchestrationInstance.InstanceId)
        {
            // The two enums share their values: the SDK's mirrors the engine's.
            RuntimeStatus = (OrchestrationRuntimeStatus)state.OrchestrationStatus,
            CreatedAt = Utc(state.CreatedTime),
            LastUpdatedAt = Utc(state.LastUpdatedTime),
            SerializedInput = withInput ? state.Input : null,
            SerializedOutput = state.Output,
            SerializedCustomStatus = state.Status,
            FailureDetails = Failure(state.FailureDetails),
            DataConverter = converter,
        };

    private static DateTimeOffset Utc(DateTime time) => new(DateTime.SpecifyKind(time, DateTimeKind.Utc));

    private static TaskFailureDetails? Failure(FailureDetails? failure) =>
        failure is null
            ? null
            : new TaskFailureDetails(failure.ErrorType, failure.ErrorMessage, failure.StackTrace, Failure(failure.InnerFailure), failure.Properties);
}
