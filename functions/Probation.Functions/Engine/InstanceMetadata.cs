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
            FailureDetails = Failure(state.FailureDetails) ?? FailureFromOutput(state),
            DataConverter = converter,
        };

    // The Azure Storage provider keeps a failure only as the instance's output, in FailureDetails' own
    // "ErrorType: message" form; the SDK promises the details of a failed instance.
    private static TaskFailureDetails? FailureFromOutput(OrchestrationState state) =>
        state.OrchestrationStatus == OrchestrationStatus.Failed && state.Output?.Split(": ", 2) is [var errorType, var errorMessage]
            ? new TaskFailureDetails(errorType, errorMessage, StackTrace: null, InnerFailure: null, Properties: null)
            : null;

    private static DateTimeOffset Utc(DateTime time) => new(DateTime.SpecifyKind(time, DateTimeKind.Utc));

    private static TaskFailureDetails? Failure(FailureDetails? failure) =>
        failure is null
            ? null
            : new TaskFailureDetails(failure.ErrorType, failure.ErrorMessage, failure.StackTrace, Failure(failure.InnerFailure), failure.Properties);
}
