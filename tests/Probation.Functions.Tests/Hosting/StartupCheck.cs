using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Probation.Functions.Engine;
using Probation.Functions.Storage;

namespace Probation.Functions.Hosting;

/// <summary>
/// Starts the app's storage and engine composition in a plain host with the given settings over a test hub's, and
/// returns what start-up threw. The test web host is not used for this: when start-up fails it can dispose the host
/// before it reads the host's services, and throws that instead of the failure.
/// </summary>
internal static class StartupCheck
{
    public static async Task<Exception?> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(TestTaskHub.New().Settings);
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddAppStorage();
        builder.Services.AddEngine((_, _) => { });
        using var host = builder.Build();
        return await Record.ExceptionAsync(() => host.StartAsync());
    }
}
