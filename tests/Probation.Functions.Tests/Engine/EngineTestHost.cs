using System.Collections.Concurrent;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Probation.Functions.Storage;

namespace Probation.Functions.Engine;

/// <summary>
/// The self-host's engine wiring alone (<c>AddAppStorage</c> + <c>AddEngine</c>) in a generic host on Azurite, on
/// its own task hub, running <see cref="EngineTestOrchestrations"/>. Shared by the tests of one class: each test uses
/// its own instance ids.
/// </summary>
public sealed class EngineTestHost : IAsyncLifetime
{
    /// <summary>
    /// How long a test waits for the engine: a few seconds are enough on an idle machine, but Azurite is one node
    /// process shared by every test run on the machine, and a busy one slows each step several times over.
    /// </summary>
    public const int DeadlineSeconds = 60;

    private readonly TestTaskHub _hub = TestTaskHub.New();
    private IHost? _host;

    /// <summary>How many times the flaky activity has been called, by the key it was given.</summary>
    public ConcurrentDictionary<string, int> Attempts { get; } = new();

    public DurableTaskClient Client => Host.Services.GetRequiredService<DurableTaskClient>();

    private IHost Host => _host ?? throw new InvalidOperationException("The engine host has not started.");

    /// <summary>A new instance id for one test, under <paramref name="prefix"/>, so tests sharing the hub never meet.</summary>
    public static string NewInstanceId(string prefix) => $"{prefix}-{Guid.NewGuid():N}";

    public async Task InitializeAsync()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(_hub.Settings) { ["Clock:Mode"] = "System" });
        builder.Services.AddAppStorage();
        builder.Services.AddEngine((registry, _) => EngineTestOrchestrations.Register(registry, Attempts));
        _host = builder.Build();
        await _host.StartAsync();
    }

    /// <summary>Waits until the engine has started running the instance; fails the test past the deadline.</summary>
    public Task<OrchestrationMetadata> WaitForStartAsync(string instanceId) =>
        WithinDeadlineAsync(instanceId, "start", deadline => Client.WaitForInstanceStartAsync(instanceId, getInputsAndOutputs: true, deadline));

    /// <summary>
    /// Waits for the instance to end (completed, failed or terminated) and returns it with its payloads; fails the
    /// test, with the status it was left in, past the deadline.
    /// </summary>
    public Task<OrchestrationMetadata> WaitForEndAsync(string instanceId) =>
        WithinDeadlineAsync(instanceId, "end", deadline => Client.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: true, deadline));

    /// <summary>Stops the host, then deletes its task hub (<see cref="TestTaskHub.DeleteAsync"/>).</summary>
    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
        }

        await _hub.DeleteAsync();
    }

    private async Task<OrchestrationMetadata> WithinDeadlineAsync(
        string instanceId, string what, Func<CancellationToken, Task<OrchestrationMetadata>> wait)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(DeadlineSeconds));
        try
        {
            return await wait(deadline.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            var last = await Client.GetInstanceAsync(instanceId, getInputsAndOutputs: true);
            Assert.Fail($"{instanceId} did not {what} within {DeadlineSeconds} s: {last?.RuntimeStatus}, custom status {last?.SerializedCustomStatus}.");
            throw;
        }
    }
}
