using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.DurableTask;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Probation.Functions.Security;

namespace Probation.FunctionApp.SameApp;

/// <summary>
/// The self-host as its Program composes it (time travel on, so that its clock routes are there too), without its
/// own background services (the engine, the court-orders listener): its route table and its registry are read, no work
/// is run and no storage is touched.
/// </summary>
public sealed class SelfHost : WebApplicationFactory<global::Program>
{
    public const string FunctionKey = "route-table-function-key";

    /// <summary>Each route of the self-host's table with the key it needs (<see cref="KeyLevel"/>) as a Functions auth level.</summary>
    internal IReadOnlyList<HttpRoute> HttpRoutes() =>
        [.. Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().Select(endpoint => HttpRoute.Of(
            endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [],
            endpoint.RoutePattern.RawText ?? string.Empty,
            AuthLevel(endpoint)))];

    /// <summary>The self-host's routes that need neither a key nor the sign-in cookie.</summary>
    internal IReadOnlyList<HttpRoute> OpenRoutes() =>
        [.. Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<KeyRequirement>() is null && e.Metadata.GetMetadata<SignInRequirement>() is null)
            .Select(e => HttpRoute.Of(e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [], e.RoutePattern.RawText ?? string.Empty, "Anonymous"))];

    // A page needs the sign-in cookie here; in Azure the function app's Entra ID authentication fronts the page
    // functions, which declare Anonymous because the Functions host's key check must not stand in front of a browser.
    private static string AuthLevel(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<SignInRequirement>() is not null
            ? "Anonymous"
            : endpoint.Metadata.GetMetadata<KeyRequirement>()?.Level switch
            {
                null => "Anonymous",
                KeyLevel.Function => "Function",
                KeyLevel.System => "System",
                var level => throw new InvalidOperationException($"No Functions auth level for {level}."),
            };

    internal DurableTaskRegistry Registry() => Services.GetRequiredService<DurableTaskRegistry>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true",
            ["Auth:FunctionKey"] = FunctionKey,
            ["Auth:SystemKey"] = "route-table-system-key-0",
            ["Clock:Mode"] = "Virtual",
        }));
        builder.ConfigureTestServices(services =>
        {
            foreach (var own in services.Where(s => s.ServiceType == typeof(IHostedService) && s.ImplementationType?.Assembly == typeof(KeyLevel).Assembly).ToList())
            {
                services.Remove(own);
            }
        });
    }
}
