using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Probation.Functions.Pages.Assets;

namespace Probation.FunctionApp.Pages;

/// <summary><c>GET /assets/{path}</c> (<see cref="AssetEndpoints"/>): the pages' CSS, JavaScript, fonts and images.</summary>
internal static class AssetFunctions
{
    [Function("GetAsset")]
    public static IResult GetAsset(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "assets/{*path}")] HttpRequest request, string? path) =>
        AssetEndpoints.GetAsset(path, request.HttpContext);
}
