using System.Net;
using System.Text.Json;
using Probation.Reliability.Suite;
using Xunit.Abstractions;

namespace Probation.Reliability.Access;

/// <summary>
/// Part 4 of issue 11: every route (the OpenAPI document's, plus <c>/admin/clock</c>) without a key, with a wrong key
/// in the header or in <c>?code=</c>, and with the function key where the system key is needed: 401 problem details,
/// and no key, right or wrong, in the host's output.
/// </summary>
[Collection(ReliabilityCollection.Name)]
public sealed class AccessTests(PrivateAzurite storage, ITestOutputHelper output)
{
    [Fact]
    public async Task EveryRoute_WithoutTheKeyItNeeds_Is401AndNoKeyIsLogged()
    {
        // Arrange
        var figures = new Figures(output, "access");
        await using var host = await ServiceHost.StartAsync((await HubNames.NewAsync(storage, "racc")).Settings, virtualClock: true);
        using var anonymous = host.CreateClient(key: null);
        var routes = await RoutesAsync(host);
        var attempts = new List<(string Route, string Attempt, HttpRequestMessage Request)>();
        foreach (var (method, path) in routes)
        {
            var system = path.StartsWith("/runtime/", StringComparison.Ordinal) || path.StartsWith("/admin/", StringComparison.Ordinal);
            var route = $"{method} {path}";
            attempts.Add((route, "no key", new HttpRequestMessage(method, path)));
            attempts.Add((route, "wrong key", WithHeader(new HttpRequestMessage(method, path), Keys.Wrong)));
            attempts.Add((route, "wrong code", new HttpRequestMessage(method, $"{path}?code={Keys.WrongInQuery}")));
            if (system)
            {
                attempts.Add((route, "function key", WithHeader(new HttpRequestMessage(method, path), Keys.Function)));
                attempts.Add((route, "function key as code", new HttpRequestMessage(method, $"{path}?code={Keys.Function}")));
            }
        }

        // Act
        var wrong = new List<string>();
        foreach (var (route, attempt, request) in attempts)
        {
            using (request)
            using (var response = await anonymous.SendAsync(request))
            {
                if (response.StatusCode != HttpStatusCode.Unauthorized || response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                {
                    wrong.Add($"{route} with {attempt}: {(int)response.StatusCode}");
                }
            }
        }

        // Assert
        var leaks = LogScan.Leaks(host.Output, Keys.All);
        figures.Add("routes", routes.Count);
        figures.Add("requests without the right key", attempts.Count);
        figures.Add("answered other than 401 problem details", wrong.Count);
        figures.Add("host output lines scanned", host.Output.Count);
        figures.Add("keys found in the output", leaks.Count);
        Assert.Empty(wrong);
        Assert.Empty(leaks);
        Assert.Contains(host.Output, line => line.Contains("answered 401", StringComparison.Ordinal));
    }

    /// <summary>Each verb and path the host describes in its OpenAPI document, path parameters filled in, plus the clock routes.</summary>
    private static async Task<List<(HttpMethod Method, string Path)>> RoutesAsync(ServiceHost host)
    {
        using var client = host.CreateClient(Keys.Function);
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var routes = new List<(HttpMethod, string)> { (HttpMethod.Get, "/openapi/v1.json"), (HttpMethod.Get, "/admin/clock"), (HttpMethod.Post, "/admin/clock") };
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject().Where(p => p.Name != "/health"))
        {
            var filled = System.Text.RegularExpressions.Regex.Replace(path.Name, "{[^}]+}", "x1");
            routes.AddRange(path.Value.EnumerateObject()
                .Where(verb => verb.Name is "get" or "post" or "put" or "delete" or "patch")
                .Select(verb => (new HttpMethod(verb.Name.ToUpperInvariant()), filled)));
        }

        return routes;
    }

    private static HttpRequestMessage WithHeader(HttpRequestMessage request, string key)
    {
        request.Headers.Add("x-functions-key", key);
        return request;
    }
}
