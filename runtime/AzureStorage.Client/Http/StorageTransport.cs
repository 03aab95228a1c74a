using System.Text;
using Microsoft.Extensions.Logging;
using Polly;

namespace AzureStorage.Client.Http;

/// <summary>
/// Sends <see cref="StorageRequest"/>s: builds, dates and signs a fresh message per attempt, counts it,
/// buffers the answer, and retries transient faults through the resilience pipeline.
/// </summary>
internal sealed class StorageTransport(
    HttpClient http,
    StorageAccount account,
    ResiliencePipeline<StorageResponse> pipeline,
    TimeProvider timeProvider,
    StorageRequestCounter counter,
    ILogger logger)
{
    /// <summary>The REST API version sent with every request; Azurite 3.37 and Azure both serve it.</summary>
    public const string ApiVersion = "2024-11-04";

    internal const string TableAccept = "application/json;odata=minimalmetadata";

    private readonly string _queueEndpoint = account.QueueEndpoint.AbsoluteUri.TrimEnd('/');
    private readonly string _tableEndpoint = account.TableEndpoint.AbsoluteUri.TrimEnd('/');

    public ILogger Logger => logger;

    /// <summary>A service's endpoint as a string without a trailing slash.</summary>
    public string Endpoint(StorageService service) => service == StorageService.Queue ? _queueEndpoint : _tableEndpoint;

    /// <summary>
    /// Sends the request and returns the service's answer, success or not, once it is final: either not
    /// transient, or transient with the attempts used up.
    /// </summary>
    /// <exception cref="StorageUnavailableException">No answer came within the attempts allowed.</exception>
    public async Task<StorageResponse> SendAsync(StorageRequest request, CancellationToken cancellationToken)
    {
        var attempt = new Attempt(this, request);
        var context = ResilienceContextPool.Shared.Get(request.Operation, cancellationToken);
        try
        {
            var response = await pipeline.ExecuteAsync(
                static (context, attempt) => attempt.Transport.SendOnceAsync(attempt, context.CancellationToken),
                context,
                attempt).ConfigureAwait(false);
            if (!response.IsSuccess)
            {
                Log.RequestFailed(logger, request.Operation, (int)response.Status, response.Header("x-ms-error-code"), response.Attempts);
            }

            return response;
        }
        catch (Exception e) when (TransientFaults.IsTransient(e) && !cancellationToken.IsCancellationRequested)
        {
            Log.GaveUp(logger, request.Operation, attempt.Count, e.GetType().Name);
            throw new StorageUnavailableException(request.Operation, attempt.Count, e);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async ValueTask<StorageResponse> SendOnceAsync(Attempt attempt, CancellationToken cancellationToken)
    {
        var request = attempt.Request;
        attempt.Count++;
        counter.Increment(request.Operation);
        StorageClientMetrics.Requests.Add(1, new KeyValuePair<string, object?>("operation", request.Operation));
        using var message = CreateMessage(request);
        using var response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return new StorageResponse(
            request.Operation, attempt.Count, response.StatusCode, response.Headers, response.Content.Headers.ContentType?.ToString(), body);
    }

    private HttpRequestMessage CreateMessage(StorageRequest request)
    {
        var message = new HttpRequestMessage(request.Method, BuildUri(Endpoint(request.Service), request));
        if (request.Body is { } body)
        {
            message.Content = new ByteArrayContent(body);
            message.Content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
        }

        message.Headers.Add("x-ms-date", timeProvider.GetUtcNow().ToString("R", System.Globalization.CultureInfo.InvariantCulture));
        message.Headers.Add("x-ms-version", ApiVersion);
        if (request.Service == StorageService.Table)
        {
            message.Headers.TryAddWithoutValidation("Accept", TableAccept);
            message.Headers.Add("DataServiceVersion", "3.0");
            message.Headers.Add("MaxDataServiceVersion", "3.0;NetFx");
        }

        foreach (var (name, value) in request.Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        SharedKeySigner.Sign(message, request.Service, account);
        return message;
    }

    /// <summary>Parameter names are the services' fixed ASCII names ($filter, popreceipt…) and go unescaped.</summary>
    private static Uri BuildUri(string endpoint, StorageRequest request)
    {
        var builder = new StringBuilder(endpoint).Append('/').Append(request.Path);
        var separator = '?';
        foreach (var (name, value) in request.Query)
        {
            builder.Append(separator).Append(name).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }

        return new Uri(builder.ToString());
    }

    /// <summary>Per-call state threaded through the pipeline without a closure.</summary>
    private sealed class Attempt(StorageTransport transport, StorageRequest request)
    {
        public StorageTransport Transport { get; } = transport;

        public StorageRequest Request { get; } = request;

        public int Count { get; set; }
    }
}
