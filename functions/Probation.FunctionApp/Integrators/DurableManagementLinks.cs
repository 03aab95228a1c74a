using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.DurableTask.Client;
using Probation.Functions.Integrators;

namespace Probation.FunctionApp.Integrators;

/// <summary>
/// The management URLs as the Durable extension gives them (<c>CreateHttpManagementPayload</c>): on the host the
/// request came to, with the extension's own key, served by the extension. One per invocation, since the client is.
/// </summary>
internal sealed class DurableManagementLinks(DurableTaskClient client, HttpRequestData? requestData) : IManagementLinks
{
    /// <remarks>The extension reads the request as the worker's <see cref="HttpRequestData"/>, the same request as <paramref name="request"/>.</remarks>
    public ManagementPayload For(HttpRequest request, string instanceId)
    {
        // The extension fills every URL; its type declares them nullable only because it deserializes them too.
        var payload = client.CreateHttpManagementPayload(instanceId, requestData);
        return new ManagementPayload(
            payload.Id!,
            payload.StatusQueryGetUri!,
            payload.SendEventPostUri!,
            payload.TerminatePostUri!,
            payload.SuspendPostUri!,
            payload.ResumePostUri!,
            payload.PurgeHistoryDeleteUri!);
    }
}
