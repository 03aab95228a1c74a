using Azure.Data.Tables;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Probation.Functions.Health;

namespace Probation.FunctionApp.Health;

/// <summary><c>GET /health</c> (<see cref="HealthEndpoints"/>): liveness and storage reachability, without a key.</summary>
internal sealed class HealthFunctions(TableServiceClient tables, ILogger<HealthReport> logger)
{
    [Function("GetHealth")]
    public async Task<IResult> GetHealthAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request, CancellationToken cancellationToken) =>
        await HealthEndpoints.GetHealthAsync(tables, logger, cancellationToken);
}
