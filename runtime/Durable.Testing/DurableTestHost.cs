using Durable.Backend;
using Durable.Client;
using Durable.InMemory;
using Durable.Time;
using Durable.Worker;

namespace Durable.Testing;

/// <summary>
/// The durable runtime on a virtual clock, for tests: a backend, a worker and a client. Advancing the clock fires the
/// timers due, in order, and returns when the work they caused has settled, so a 16-week timer takes milliseconds.
/// </summary>
public sealed class DurableTestHost : IAsyncDisposable
{
    private readonly DurableTestHostOptions _options;
    private readonly VirtualClockDriver _driver;
    private DurableTaskWorker _worker;

    private DurableTestHost(DurableTaskRegistry registry, DurableTestHostOptions options, VirtualTimeProvider clock, IOrchestrationBackend backend)
    {
        _options = options;
        Registry = registry;
        Clock = clock;
        Backend = backend;
        Client = new DurableTaskClient(Backend, Clock);
        _driver = new VirtualClockDriver(Clock, Backend);
        _worker = NewWorker();
    }

    /// <summary>The virtual clock.</summary>
    public VirtualTimeProvider Clock { get; }

    /// <summary>The backend holding all state.</summary>
    public IOrchestrationBackend Backend { get; }

    /// <summary>The client.</summary>
    public DurableTaskClient Client { get; }

    /// <summary>The orchestrators and activities.</summary>
    public DurableTaskRegistry Registry { get; }

    /// <summary>Starts a host.</summary>
    /// <param name="register">Registers the orchestrators and activities.</param>
    /// <param name="options">Options; defaults when <see langword="null"/>.</param>
    /// <returns>The running host.</returns>
    public static async Task<DurableTestHost> StartAsync(Action<DurableTaskRegistry> register, DurableTestHostOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(register);
        var registry = new DurableTaskRegistry();
        register(registry);
        options ??= new DurableTestHostOptions();
        var clock = new VirtualTimeProvider(options.Start);
        var backend = options.CreateBackend is null ? new InMemoryBackend(clock) : await options.CreateBackend(clock).ConfigureAwait(false);
        var host = new DurableTestHost(registry, options, clock, backend);
        await host._worker.StartAsync().ConfigureAwait(false);
        return host;
    }

    /// <summary>Waits until nothing is ready or running (timers due later do not count).</summary>
    /// <returns>A task that completes when the backend is idle.</returns>
    public Task WaitForIdleAsync() => WithTimeoutAsync(Backend.WaitForIdleAsync, "become idle");

    /// <summary>Advances the clock by <paramref name="delta"/>, firing due timers in order and letting their work settle.</summary>
    /// <param name="delta">How far.</param>
    /// <returns>A task that completes when the work has settled.</returns>
    public Task AdvanceAsync(TimeSpan delta) => WithTimeoutAsync(ct => _driver.AdvanceByAsync(delta, ct), $"advance by {delta}");

    /// <summary>Advances the clock to <paramref name="target"/>, firing due timers in order and letting their work settle.</summary>
    /// <param name="target">The new time.</param>
    /// <returns>A task that completes when the work has settled.</returns>
    public Task AdvanceToAsync(DateTimeOffset target) =>
        WithTimeoutAsync(ct => _driver.AdvanceToAsync(target, ct), $"advance to {target:o}");

    /// <summary>
    /// Waits for an instance to end, advancing the clock to each next timer while it waits.
    /// </summary>
    /// <param name="instanceId">The instance.</param>
    /// <returns>The ended instance, with inputs and outputs.</returns>
    /// <exception cref="InvalidOperationException">The instance waits with no timer pending (for an event, say).</exception>
    public async Task<OrchestrationMetadata> WaitForCompletionAsync(string instanceId)
    {
        while (true)
        {
            await WaitForIdleAsync().ConfigureAwait(false);
            var instance = await Client.GetInstanceAsync(instanceId, getInputsAndOutputs: true).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"Instance '{instanceId}' does not exist.");
            if (instance.IsEnded)
            {
                return instance;
            }

            var next = await Backend.GetNextTimerDueAsync().ConfigureAwait(false) ?? throw new InvalidOperationException(
                $"Instance '{instanceId}' is {instance.RuntimeStatus} and no timer is pending: it waits for something else.");
            await AdvanceToAsync(new DateTimeOffset(next, TimeSpan.Zero)).ConfigureAwait(false);
        }
    }

    /// <summary>Schedules an orchestration and waits for it to end, advancing the clock as needed.</summary>
    /// <param name="orchestratorName">The orchestrator.</param>
    /// <param name="input">Its input.</param>
    /// <param name="instanceId">The instance id, or <see langword="null"/> for a new one.</param>
    /// <returns>The ended instance.</returns>
    public async Task<OrchestrationMetadata> RunAsync(string orchestratorName, object? input = null, string? instanceId = null)
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(orchestratorName, input, new StartOrchestrationOptions(instanceId))
            .ConfigureAwait(false);
        return await WaitForCompletionAsync(id).ConfigureAwait(false);
    }

    /// <summary>
    /// Stops the worker at once, abandoning what it holds (running activities are cancelled), and starts a new one over
    /// the same backend, as after a crash.
    /// </summary>
    /// <returns>A task that completes when the new worker runs.</returns>
    public async Task RestartWorkerAsync()
    {
        await _worker.DisposeAsync().ConfigureAwait(false);
        _worker = NewWorker();
        await _worker.StartAsync().ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _worker.DisposeAsync().ConfigureAwait(false);
        switch (Backend)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync().ConfigureAwait(false);
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }

    private DurableTaskWorker NewWorker() =>
        new(Backend, Registry, _options.Worker, Clock, _options.LoggerFactory, _options.Services);

    private async Task WithTimeoutAsync(Func<CancellationToken, Task> wait, string what)
    {
        using var timeout = new CancellationTokenSource(_options.Timeout);
        try
        {
            await wait(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            throw new TimeoutException($"The durable runtime did not {what} within {_options.Timeout} of real time.");
        }
    }
}
