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
            endpoint.Metadata.GetMetadata<KeyRequirement>()?.Level switch
            {
                null => "Anonymous",
                KeyLevel.Function => "Function",
                KeyLevel.System => "System",
                var level => throw new InvalidOperationException($"No Functions auth level for {level}."),
            }))];

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
