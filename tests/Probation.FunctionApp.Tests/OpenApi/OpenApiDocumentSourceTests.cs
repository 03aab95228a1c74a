using System.Text.Json;
using Probation.FunctionApp.SameApp;

namespace Probation.FunctionApp.OpenApi;

public sealed class OpenApiDocumentSourceTests(SelfHost selfHost) : IClassFixture<SelfHost>
{
    [Fact]
    public async Task GetJsonAsync_DescribesThePathsTheSelfHostDescribes()
    {
        using var served = await selfHost.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json")
        {
            Headers = { { "x-functions-key", SelfHost.FunctionKey } },
        });
        var selfHostPaths = Paths(await served.Content.ReadAsStringAsync())
            .Where(p => !p.StartsWith("/runtime/webhooks/durabletask", StringComparison.Ordinal) && !p.StartsWith("/admin", StringComparison.Ordinal));

        var paths = Paths(await new OpenApiDocumentSource().GetJsonAsync());

        Assert.Contains("/api/orders", paths);
        Assert.Equal(selfHostPaths, paths);
    }

    private static List<string> Paths(string document)
    {
        using var json = JsonDocument.Parse(document);
        return [.. json.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name.TrimEnd('/')).Order(StringComparer.Ordinal)];
    }
}
