using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Probation.FunctionApp;

/// <summary>
/// A request to a function and the answer its <see cref="IResult"/> writes, as the Functions ASP.NET Core integration
/// executes it on the request's <see cref="HttpContext"/>.
/// </summary>
internal sealed class HttpExchange
{
    private HttpExchange(HttpContext context) => Context = context;

    public HttpContext Context { get; }

    public HttpRequest Request => Context.Request;

    public HttpResponse Response => Context.Response;

    public static HttpExchange Post(IServiceProvider services, string path, string body)
    {
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Method = HttpMethods.Post;
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("localhost", 7071);
        context.Request.Path = path;
        context.Request.ContentType = "application/json";
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        context.Response.Body = new MemoryStream();
        return new HttpExchange(context);
    }

    /// <summary>Writes <paramref name="result"/> as the Functions host would, and reads back the status and body.</summary>
    public async Task<JsonElement> AnswerAsync(IResult result)
    {
        await result.ExecuteAsync(Context);
        Response.Body.Position = 0;
        using var reader = new StreamReader(Response.Body);
        var text = await reader.ReadToEndAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}
