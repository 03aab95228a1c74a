using System.Reflection;
using Microsoft.AspNetCore.StaticFiles;

namespace Probation.Functions.Pages.Assets;

/// <summary>
/// <c>GET /assets/{path}</c>: the pages' CSS, JavaScript, fonts and images, embedded in this assembly at build from the
/// npm packages (GOV.UK Frontend's stylesheet asks for its fonts and images under <c>/assets/</c>). No sign-in: they
/// hold no case data.
/// </summary>
internal static class AssetEndpoints
{
    private const string Prefix = "assets/";
    private static readonly Assembly Resources = typeof(AssetEndpoints).Assembly;
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    /// <summary>Changes with every build of the pages, so a link carrying it is never served from an older cache.</summary>
    public static string Version { get; } = Resources.ManifestModule.ModuleVersionId.ToString("N")[..12];

    public static RouteHandlerBuilder MapAssetEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/assets/{*path}", GetAsset).WithName("GetAsset").WithTags("Pages").ExcludeFromDescription();

    /// <summary>The link to an asset, with the build's <see cref="Version"/>.</summary>
    public static string Url(string path) => $"/{Prefix}{path}?v={Version}";

    internal static IResult GetAsset(string? path, HttpContext context)
    {
        if (string.IsNullOrEmpty(path) || Resources.GetManifestResourceStream(Prefix + path) is not { } content)
        {
            return Results.NotFound();
        }

        if (!ContentTypes.TryGetContentType(path, out var contentType))
        {
            contentType = "application/octet-stream";
        }

        // The files change only with a package upgrade or a new build (which changes the version in the pages' links).
        context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        return Results.Stream(content, contentType);
    }
}
