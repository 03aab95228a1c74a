using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Probation.Functions.Pages;

/// <summary>
/// Renders a page component to HTML on the server, as an <see cref="IResult"/> that either host returns: the self-host
/// from a minimal-API route, the Functions app from its HTTP trigger.
/// </summary>
internal static class PageResult
{
    /// <summary>The HTML of <typeparamref name="TPage"/> given <paramref name="model"/> as its <c>Model</c> parameter.</summary>
    public static async Task<IResult> RenderAsync<TPage, TModel>(HttpContext context, TModel model, int statusCode = StatusCodes.Status200OK)
        where TPage : IComponent
    {
        await using var renderer = new HtmlRenderer(context.RequestServices, context.RequestServices.GetRequiredService<ILoggerFactory>());
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TPage>(ParameterView.FromDictionary(new Dictionary<string, object?> { ["Model"] = model }));
            return output.ToHtmlString();
        });

        // Pages show case data: never kept by a shared cache or the browser's history cache.
        context.Response.Headers.CacheControl = "no-store";
        return Results.Content("<!DOCTYPE html>\n" + html, "text/html; charset=utf-8", statusCode: statusCode);
    }
}
