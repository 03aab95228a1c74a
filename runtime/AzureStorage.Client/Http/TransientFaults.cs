using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace AzureStorage.Client.Http;

/// <summary>
/// Which failures are worth another attempt, and the pipeline that makes them: a per-attempt timeout
/// inside a jittered exponential retry.
/// </summary>
internal static class TransientFaults
{
    public static bool IsTransient(HttpStatusCode status) => status is
        HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests or HttpStatusCode.InternalServerError
        or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    /// <summary>Transport failures: refused or dropped connections, and attempts that timed out.</summary>
    public static bool IsTransient(Exception exception) =>
        exception is HttpRequestException or IOException or TimeoutRejectedException;

    public static ResiliencePipeline<StorageResponse> CreatePipeline(
        StorageClientOptions options, TimeProvider timeProvider, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder<StorageResponse> { TimeProvider = timeProvider };
        if (options.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions<StorageResponse>
            {
                MaxRetryAttempts = options.MaxAttempts - 1,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Exception is { } e ? IsTransient(e) : IsTransient(args.Outcome.Result!.Status)),
                OnRetry = args =>
                {
                    var fault = args.Outcome.Exception?.GetType().Name ?? ((int)args.Outcome.Result!.Status).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    Log.Retrying(logger, args.Context.OperationKey ?? "?", args.AttemptNumber + 1, fault, args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            });
        }

        return builder.AddTimeout(options.AttemptTimeout).Build();
    }
}
