using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Probation.Functions.Hosting;

namespace Probation.Bench;

/// <summary>
/// The real host in this process, composed as its own Program composes it, on a free port of 127.0.0.1, so the bench
/// can read its <c>StorageRequestCounter</c>.
/// </summary>
internal static class OrderHost
{
    public static async Task<WebApplication> StartAsync(BenchTaskHub hub, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        builder.AddFunctionAppConfiguration();

        // The bench measures the defaults and the environment's overrides (Durable__*), as HelloCities5 does, not
        // whatever a developer's local.settings.json holds.
        foreach (var localSettings in builder.Configuration.Sources.OfType<LocalSettingsConfigurationSource>().ToList())
        {
            builder.Configuration.Sources.Remove(localSettings);
        }

        builder.Configuration.AddInMemoryCollection(hub.Settings);
        builder.Configuration.AddInMemoryCollection([new KeyValuePair<string, string?>("urls", "http://127.0.0.1:0")]);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<IHostLifetime, BenchHostLifetime>();
        builder.Services.AddFunctionApp();

        var app = builder.Build();
        app.UseFunctionApp();
        app.MapFunctionAppEndpoints();
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        return app;
    }
}
