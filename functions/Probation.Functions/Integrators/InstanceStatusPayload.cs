using System.Text.Json.Nodes;
using DurableTask.Core.History;
using Microsoft.DurableTask.Client;

namespace Probation.Functions.Integrators;

/// <summary>The body of <c>GET instances/{id}</c>, in Durable Functions' shape.</summary>
internal static class InstanceStatusPayload
{
    public static JsonObject From(OrchestrationMetadata instance, bool showInput, IList<HistoryEvent>? history = null, bool showHistoryOutput = false)
    {
        var payload = new JsonObject
        {
            ["name"] = instance.Name,
            ["instanceId"] = instance.InstanceId,
            ["runtimeStatus"] = instance.RuntimeStatus.ToString(),
            ["input"] = showInput ? JsonText.Parse(instance.SerializedInput) : null,
            ["customStatus"] = JsonText.Parse(instance.SerializedCustomStatus),
            ["output"] = JsonText.Parse(instance.SerializedOutput),
            ["createdTime"] = JsonText.StatusTime(instance.CreatedAt.UtcDateTime),
            ["lastUpdatedTime"] = JsonText.StatusTime(instance.LastUpdatedAt.UtcDateTime),
        };
        if (history is not null)
        {
            payload["historyEvents"] = HistoryEventsPayload.From(history, showInput, showHistoryOutput);
        }

        return payload;
    }
}
