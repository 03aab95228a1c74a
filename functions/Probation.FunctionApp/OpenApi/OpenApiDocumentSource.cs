using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Probation.Functions.Hosting;

namespace Probation.FunctionApp.OpenApi;

/// <summary>
/// The OpenAPI document of API.md's routes, the one the self-host serves: generated once from the shared route groups
/// (<see cref="ApiEndpoints"/>) mapped on an application that is built but never run, since the Functions worker's own
/// endpoints are the triggers, which carry no handler metadata.
/// </summary>
internal sealed class OpenApiDocumentSource
{
    public const string DocumentName = "v1";

    private readonly Lazy<Task<string>> _document = new(GenerateAsync);

    public Task<string> GetJsonAsync() => _document.Value;

    private static async Task<string> GenerateAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddOpenApi(DocumentName);
        await using var app = builder.Build();
        app.UseRouting();
        app.MapApiEndpoints(_ => { });

        // Hands the routes to the routing services, whose endpoints the document describes; a running app does this
        // when it builds its pipeline.
        app.UseEndpoints(_ => { });
        var document = await app.Services.GetRequiredKeyedService<IOpenApiDocumentProvider>(DocumentName).GetOpenApiDocumentAsync().ConfigureAwait(false);
        return await document.SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1).ConfigureAwait(false);
    }
}
