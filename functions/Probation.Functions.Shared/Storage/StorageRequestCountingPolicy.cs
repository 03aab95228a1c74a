using Azure.Core;
using Azure.Core.Pipeline;

namespace Probation.Functions.Storage;

/// <summary>
/// Counts each request a storage client sends into a <see cref="StorageRequestCounter"/>, under the caller it was made
/// for and the <see cref="StorageOperation"/> it performs on its service. Added per retry (see
/// <see cref="AppStorageClientOptions"/> and the engine's <c>EngineStorageAccount</c>), so a retried request counts once
/// per attempt, as the account bills it.
/// </summary>
internal sealed class StorageRequestCountingPolicy(StorageRequestCounter counter, StorageCaller caller, StorageService service) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message) =>
        counter.Increment(caller, StorageOperations.Of(service, message.Request.Method, message.Request.Uri.Path, message.Request.Uri.Query));
}
