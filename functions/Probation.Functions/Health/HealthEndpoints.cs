using AzureStorage.Client;
using Durable.AzureStorage;
using Microsoft.AspNetCore.Http.HttpResults;

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

    private static async Task<Results<Ok<HealthReport>, JsonHttpResult<HealthReport>>> GetHealthAsync(
        AzureStorageBackend backend, ILogger<HealthReport> logger, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ProbeTimeout);
        try
        {
            await backend.ProbeAsync(timeout.Token).ConfigureAwait(false);
            return TypedResults.Ok(new HealthReport("Healthy", "reachable"));
        }
        catch (Exception exception) when (exception is StorageException or OperationCanceledException)
        {
            Log.StorageUnreachable(logger, exception.GetType().Name);
            return TypedResults.Json(new HealthReport("Unhealthy", "unreachable"), statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
