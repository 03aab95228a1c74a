using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Probation.FunctionApp.OpenApi;

/// <summary><c>GET /openapi/v1.json</c>: the API's OpenAPI document, the self-host's <c>MapOpenApi</c> route.</summary>
internal sealed class OpenApiFunctions(OpenApiDocumentSource source)
{
    [Function("GetOpenApiDocument")]
    public async Task<IResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "openapi/" + OpenApiDocumentSource.DocumentName + ".json")] HttpRequest request) =>
        Results.Text(await source.GetJsonAsync(), "application/json;charset=utf-8");
}
