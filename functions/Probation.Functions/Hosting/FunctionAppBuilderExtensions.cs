using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Memory;

namespace Probation.Functions.Hosting;

/// <summary>Configuration as the Functions host reads it, the Functions host's default address, and the log filter that keeps keys out of the logs.</summary>
internal static class FunctionAppBuilderExtensions
{
    public const string DefaultUrl = "http://127.0.0.1:7071";

    private const string LocalSettingsFile = "local.settings.json";

    /// <summary>
    /// Adds <c>local.settings.json</c> (its <c>Values</c>) under the environment variables, so the environment wins,
    /// and listens on 127.0.0.1:7071 unless <c>ASPNETCORE_URLS</c> or <c>--urls</c> say otherwise. The file is the
    /// nearest one at or above the content root (the repository keeps it at its root, beside the sample).
    /// </summary>
    public static WebApplicationBuilder AddFunctionAppConfiguration(this WebApplicationBuilder builder)
    {
        var path = FindLocalSettings(builder.Environment.ContentRootPath);
        var sources = builder.Configuration.Sources;
        var environment = sources.Select((source, index) => (source, index)).FirstOrDefault(s => s.source is EnvironmentVariablesConfigurationSource);
        sources.Insert(environment.source is null ? sources.Count : environment.index, new LocalSettingsConfigurationSource(path));

        // The lowest-precedence source: ASPNETCORE_URLS, --urls and any other setting of "urls" win over it.
        sources.Insert(0, new MemoryConfigurationSource { InitialData = [new KeyValuePair<string, string?>("urls", DefaultUrl)] });
        builder.Logging.AddRequestLogFilter();
        return builder;
    }

    private static string FindLocalSettings(string contentRoot)
    {
        for (var folder = new DirectoryInfo(contentRoot); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, LocalSettingsFile);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return Path.Combine(contentRoot, LocalSettingsFile);
    }
}
