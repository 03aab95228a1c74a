using Azure;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Probation.Functions.Health;

/// <summary><c>GET /health</c>: liveness, and whether the storage account answers. No key needed.</summary>
internal static class HealthEndpoints
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(5);

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", GetHealthAsync).WithName("GetHealth").WithTags("Health").WithSummary("Liveness and storage reachability.");
        return app;
    }

    internal static async Task<Results<Ok<HealthReport>, JsonHttpResult<HealthReport>>> GetHealthAsync(
        [FromServices] TableServiceClient tables, [FromServices] ILogger<HealthReport> logger, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        try
        {
            // One page of one table name: the cheapest request that proves the account answers with our credentials.
            await foreach (var _ in tables.QueryAsync(maxPerPage: 1, cancellationToken: timeout.Token).AsPages().WithCancellation(timeout.Token).ConfigureAwait(false))
            {
                break;
            }

            return TypedResults.Ok(new HealthReport("Healthy", "reachable"));
        }
        catch (Exception exception) when (exception is RequestFailedException or AggregateException or OperationCanceledException)
        {
            Log.StorageUnreachable(logger, exception.GetType().Name);
            return TypedResults.Json(new HealthReport("Unhealthy", "unreachable"), statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
