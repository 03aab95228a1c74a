using System.Net;

namespace Probation.Functions.Storage;

/// <summary>
/// Answers a storage client's requests in process with the given statuses in turn (the last one for every request after),
/// so a pipeline's retries and policies run without an account.
/// </summary>
internal sealed class ScriptedHandler(params HttpStatusCode[] statuses) : HttpMessageHandler
{
    private int _requests;

    public int Requests => Volatile.Read(ref _requests);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var index = Interlocked.Increment(ref _requests) - 1;
        return Task.FromResult(new HttpResponseMessage(statuses[Math.Min(index, statuses.Length - 1)]) { RequestMessage = request });
    }
}
