using DurableTask.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Converters;
using Probation.Orders.Validation;

namespace Probation.Functions.Engine;

public sealed class InstanceMetadataTests
{
    private static readonly DataConverter Converter = new JsonDataConverter(OrderJson.Options);

    [Fact]
    public void From_Failed_ReadsTheFailureDetailsFromTheOutput()
    {
        // Arrange: as the Azure Storage provider stores a failure.
        var state = State(OrchestrationStatus.Failed, "System.InvalidOperationException: Order 42: no tier.");

        // Act
        var metadata = InstanceMetadata.From(state, Converter, withInput: true);

        // Assert
        Assert.Equal(OrchestrationRuntimeStatus.Failed, metadata.RuntimeStatus);
        Assert.Equal("System.InvalidOperationException", metadata.FailureDetails?.ErrorType);
        Assert.Equal("Order 42: no tier.", metadata.FailureDetails?.ErrorMessage);
    }

    [Fact]
    public void From_FailedReadWithoutInput_StillHasTheFailureDetails()
    {
        // Arrange: the provider leaves out only the input when payloads are spared; the output comes with the row.
        var state = State(OrchestrationStatus.Failed, "System.InvalidOperationException: Order 42: no tier.");

        // Act
        var metadata = InstanceMetadata.From(state, Converter, withInput: false);

        // Assert
        Assert.Equal("System.InvalidOperationException", metadata.FailureDetails?.ErrorType);
        Assert.Null(metadata.SerializedInput);
    }

    [Fact]
    public void From_CompletedWithAColonInItsOutput_HasNoFailureDetails()
    {
        // Arrange
        var state = State(OrchestrationStatus.Completed, "\"Phase: closed\"");

        // Act
        var metadata = InstanceMetadata.From(state, Converter, withInput: true);

        // Assert
        Assert.Null(metadata.FailureDetails);
        Assert.Equal("Phase: closed", metadata.ReadOutputAs<string>());
    }

    private static OrchestrationState State(OrchestrationStatus status, string output) => new()
    {
        Name = "OrderLifecycle",
        OrchestrationInstance = new OrchestrationInstance { InstanceId = "order-42", ExecutionId = "e1" },
        OrchestrationStatus = status,
        Output = output,
        CreatedTime = new DateTime(2026, 12, 23, 9, 0, 0, DateTimeKind.Utc),
        LastUpdatedTime = new DateTime(2026, 12, 23, 9, 1, 0, DateTimeKind.Utc),
    };
}
