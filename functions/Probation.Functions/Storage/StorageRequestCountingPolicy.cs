using Azure.Core;
using Azure.Core.Pipeline;

namespace Probation.Functions.Storage;

/// <summary>
/// Counts each request a storage client sends into a <see cref="StorageRequestCounter"/>. Added per retry (see
/// <see cref="AppStorageClientOptions"/>), so a retried request counts once per attempt, as the account bills it.
/// </summary>
internal sealed class StorageRequestCountingPolicy(StorageRequestCounter counter, StorageService service) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message) => counter.Increment(service);
}
