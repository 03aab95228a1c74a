using Durable.Backend;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Durable.Worker;

/// <summary>
/// Runs orchestration episodes and activity calls from a backend. Several workers, in one process or many, may share
/// one backend; a worker holds no state of its own.
/// </summary>
public sealed partial class DurableTaskWorker : IAsyncDisposable
{
    private readonly IOrchestrationBackend _backend;
    private readonly DurableTaskRegistry _registry;
    private readonly DurableTaskWorkerOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly DataConverter _converter;
    private readonly IServiceProvider _services;
    private readonly ILogger _logger;
    private readonly EpisodeProcessor _episodes;
    private readonly ExecutionSessions _sessions;
    private readonly CancellationTokenSource _stopping = new();
    private readonly CancellationTokenSource _abort = new();
    private readonly List<Task> _loops = [];
    private int _abandonedActivities;
    private Task? _stopped;

    /// <summary>Creates a worker; call <see cref="StartAsync"/> to run it.</summary>
    /// <param name="backend">Where the work comes from.</param>
    /// <param name="registry">The orchestrators and activities it can run.</param>
    /// <param name="options">Concurrency and shutdown options.</param>
    /// <param name="timeProvider">The clock for history timestamps; the system clock by default.</param>
    /// <param name="loggerFactory">Logging.</param>
    /// <param name="services">Creates registered orchestrator and activity classes.</param>
    /// <param name="converter">Serializes inputs and outputs; JSON by default.</param>
    public DurableTaskWorker(
        IOrchestrationBackend backend,
        DurableTaskRegistry registry,
        DurableTaskWorkerOptions? options = null,
        TimeProvider? timeProvider = null,
        ILoggerFactory? loggerFactory = null,
        IServiceProvider? services = null,
        DataConverter? converter = null)
    {
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentNullException.ThrowIfNull(registry);
        _options = options ?? new DurableTaskWorkerOptions();
        _options.Validate();
        _backend = backend;
        _registry = registry;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _converter = converter ?? JsonDataConverter.Default;
        _services = services ?? EmptyServiceProvider.Instance;
        loggerFactory ??= NullLoggerFactory.Instance;
        _logger = loggerFactory.CreateLogger<DurableTaskWorker>();
        _episodes = new EpisodeProcessor(registry, _services, _converter, _timeProvider, loggerFactory);
        _sessions = new ExecutionSessions(_options.MaxCachedOrchestrations);
    }

    /// <summary>Starts fetching and running work.</summary>
    /// <param name="cancellationToken">Unused; the worker runs until <see cref="StopAsync"/>.</param>
    /// <returns>A completed task.</returns>
    public Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (_loops.Count > 0)
        {
            throw new InvalidOperationException("The worker is already started.");
        }

        for (var i = 0; i < _options.MaxConcurrentOrchestrations; i++)
        {
            _loops.Add(Task.Run(() => RunLoopAsync("orchestration", _backend.LockNextOrchestrationWorkItemAsync, ProcessAsync), CancellationToken.None));
        }

        for (var i = 0; i < _options.MaxConcurrentActivities; i++)
        {
            _loops.Add(Task.Run(() => RunLoopAsync("activity", _backend.LockNextActivityWorkItemAsync, RunAsync), CancellationToken.None));
        }

        _logger.WorkerStarted(_options.MaxConcurrentOrchestrations, _options.MaxConcurrentActivities);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Stops fetching work, lets running activities finish within the grace period, then cancels and abandons the rest
    /// so another worker runs them.
    /// </summary>
    /// <param name="cancellationToken">Stops waiting for activities that ignore cancellation.</param>
    /// <returns>A task that completes when the worker has stopped.</returns>
    /// <remarks>Safe to call more than once and concurrently: every caller waits for the same stop.</remarks>
    public Task StopAsync(CancellationToken cancellationToken = default)
    {
        lock (_loops)
        {
            return _stopped ??= StopOnceAsync(cancellationToken);
        }
    }

    private async Task StopOnceAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        var all = Task.WhenAll(_loops);
        try
        {
            // Real time on purpose: a virtual business clock must not decide how long a shutdown waits.
            await all.WaitAsync(_options.ShutdownGracePeriod, TimeProvider.System, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            await _abort.CancelAsync().ConfigureAwait(false);
            await all.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        _logger.WorkerStopped(_abandonedActivities);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        _stopping.Dispose();
        _abort.Dispose();
    }

    /// <summary>Fetches work of one kind and handles it, one item at a time, until the worker stops.</summary>
    private async Task RunLoopAsync<T>(string kind, Func<CancellationToken, Task<T?>> fetch, Func<T, Task> handle)
        where T : class
    {
        while (!_stopping.IsCancellationRequested)
        {
            T? workItem;
            try
            {
                workItem = await fetch(_stopping.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                await BackOffAsync(exception, kind).ConfigureAwait(false);
                continue;
            }

            if (workItem is not null)
            {
                await handle(workItem).ConfigureAwait(false);
            }
        }
    }

    private async Task BackOffAsync(Exception exception, string kind)
    {
        _logger.FetchFailed(exception, kind, _options.FetchFailureDelay);
        try
        {
            // Real time on purpose: with a virtual clock a delay on the business clock would never end.
            await Task.Delay(_options.FetchFailureDelay, _stopping.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
    }

    // A failed abandon leaves the work locked until the backend's lock expires; the loop must survive it.
    private async Task AbandonQuietlyAsync(Func<Task> abandon)
    {
        try
        {
            await abandon().ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            _logger.AbandonFailed(exception);
        }
    }
}
