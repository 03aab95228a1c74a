using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Probation.Functions.Hosting;
using Probation.Functions.Storage;

namespace Probation.Functions.Engine;

/// <summary>The engine's host stopping after storage went away: the worker cannot let go of its partitions.</summary>
public sealed class EngineHostStopTests : IAsyncLifetime
{
    // Far below the host's own shutdown time (45 s): what matters is what happens when it is up, not how long it is.
    private static readonly TimeSpan ShutdownTime = TimeSpan.FromSeconds(2);

    private readonly TestTaskHub _hub = TestTaskHub.New();
    private readonly StorageRelay _relay = new(FunctionAppFactory.ConnectionString);
    private readonly LogCapture _log = new();
    private IHost? _host;

    public async Task InitializeAsync()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(_hub.Settings)
        {
            ["AzureWebJobsStorage"] = _relay.ConnectionString,
            ["Clock:Mode"] = "System",
        });
        builder.Logging.AddProvider(_log);
        builder.Services.AddAppStorage();
        builder.Services.AddEngine((registry, _) => EngineTestOrchestrations.Register(registry, new()));
        _host = builder.Build();
        await _host.StartAsync();
    }

    [Fact]
    public async Task StopAsync_StorageGoneAndShutdownTimeUp_EndsWithAWarningInsteadOfThrowing()
    {
        // Arrange
        await _relay.CutAsync();
        using var shutdown = new CancellationTokenSource(ShutdownTime);

        // Act
        var failure = await Record.ExceptionAsync(() => _host!.StopAsync(shutdown.Token));

        // Assert
        Assert.Null(failure);
        Assert.True(shutdown.IsCancellationRequested, "The engine stopped before the shutdown time was up, so storage was not out of reach.");
        Assert.Contains(_log.Lines, line => line.Contains("Warning: The engine had not stopped when the host's shutdown time was up", StringComparison.Ordinal));
    }

    public async Task DisposeAsync()
    {
        _host?.Dispose();
        await _relay.DisposeAsync();
        await _hub.DeleteAsync();
    }
}
