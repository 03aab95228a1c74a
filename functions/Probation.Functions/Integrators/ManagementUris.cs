using Microsoft.Extensions.Options;
using Probation.Functions.Hosting;
using Probation.Functions.Security;

namespace Probation.Functions.Integrators;

/// <summary>
/// Builds an instance's management URLs on the host the request came to. As in Durable Functions they carry the
/// system key (<c>code</c>) so that the caller can poll the status URL it is given. The self-host serves them
/// (<see cref="DurableManagementEndpoints"/>).
/// </summary>
internal sealed class ManagementUris(IOptions<StorageOptions> storage, IOptions<AuthOptions> auth) : IManagementLinks
{
    public const string BasePath = "/runtime/webhooks/durabletask";

    public ManagementPayload For(HttpRequest request, string instanceId)
    {
        var instance = $"{request.Scheme}://{request.Host}{request.PathBase}{BasePath}/instances/{Uri.EscapeDataString(instanceId)}";
        var query = $"taskHub={Uri.EscapeDataString(storage.Value.TaskHub)}&connection=Storage&code={Uri.EscapeDataString(auth.Value.SystemKey)}";
        return new ManagementPayload(
            instanceId,
            $"{instance}?{query}",
            $"{instance}/raiseEvent/{{eventName}}?{query}",
            $"{instance}/terminate?reason={{text}}&{query}",
            $"{instance}/suspend?reason={{text}}&{query}",
            $"{instance}/resume?reason={{text}}&{query}",
            $"{instance}?{query}");
    }
}
