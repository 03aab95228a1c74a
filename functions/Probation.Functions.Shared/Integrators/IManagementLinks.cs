namespace Probation.Functions.Integrators;

/// <summary>
/// The management URLs of an instance (<c>/runtime/webhooks/durabletask/...</c>) for the answer to a request: in Azure
/// the Durable extension serves them and knows their key; locally the self-host does.
/// </summary>
internal interface IManagementLinks
{
    ManagementPayload For(HttpRequest request, string instanceId);
}
