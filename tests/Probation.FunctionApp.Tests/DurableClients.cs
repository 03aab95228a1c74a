using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Moq;

namespace Probation.FunctionApp;

/// <summary>The <c>DurableTaskClient</c> the Durable extension binds to a function, mocked at the edge.</summary>
internal static class DurableClients
{
    /// <summary>A client that schedules every start it is asked for, under the instance id asked.</summary>
    public static Mock<DurableTaskClient> Scheduling()
    {
        var client = new Mock<DurableTaskClient>("test");
        client.Setup(c => c.ScheduleNewOrchestrationInstanceAsync(
                It.IsAny<TaskName>(), It.IsAny<object?>(), It.IsAny<StartOrchestrationOptions?>(), It.IsAny<CancellationToken>()))
            .Returns((TaskName _, object? _, StartOrchestrationOptions? options, CancellationToken _) => Task.FromResult(options!.InstanceId!));
        return client;
    }

    /// <summary>Makes the client report the instance in <paramref name="status"/>.</summary>
    public static Mock<DurableTaskClient> WithInstance(this Mock<DurableTaskClient> client, string instanceId, OrchestrationRuntimeStatus status)
    {
        client.Setup(c => c.GetInstanceAsync(instanceId, It.IsAny<CancellationToken>()))
            .ReturnsAsync(Metadata(instanceId, status));
        return client;
    }

    /// <summary>An order instance as the client reports it, in <paramref name="status"/>.</summary>
    public static OrchestrationMetadata Metadata(string instanceId, OrchestrationRuntimeStatus status) =>
        new("OrderLifecycle", instanceId) { RuntimeStatus = status };
}
