using System.Globalization;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Probation.Functions.Engine;
using Probation.Functions.Storage;

namespace Probation.Bench;

/// <summary>
/// (b) HelloCities5 on the host's own engine wiring (<c>AddAppStorage</c> + <c>AddEngine</c>): all instances scheduled
/// at once, then waited for; activity events per second over the wall time, and the storage requests each cost.
/// </summary>
internal sealed class HelloBench(BenchSettings settings, TimeProvider time)
{
    private const string InstancePrefix = "hello-";
    private const int SchedulingParallelism = 8;

    // The bench's poll reads the Instances table: often enough for a run of seconds, rarely enough to cost little.
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    private static readonly OrchestrationRuntimeStatus[] Finished =
        [OrchestrationRuntimeStatus.Completed, OrchestrationRuntimeStatus.Failed, OrchestrationRuntimeStatus.Terminated];

    public async Task<ScenarioResult> RunAsync(BenchTaskHub hub, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
        builder.Configuration.AddInMemoryCollection(hub.Settings);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<IHostLifetime, BenchHostLifetime>();
        builder.Services.AddAppStorage();
        builder.Services.AddEngine((registry, _) => registry.AddOrchestrator<HelloCities5>().AddActivity<SayHello>());
        using var host = builder.Build();
        await host.StartAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var counter = host.Services.GetRequiredService<StorageRequestCounter>();
            var client = host.Services.GetRequiredService<DurableTaskClient>();
            var instances = settings.HelloInstances;
            var before = RequestSnapshot.Of(counter);
            var started = time.GetTimestamp();
            await Parallel.ForEachAsync(
                Enumerable.Range(1, instances),
                new ParallelOptions { MaxDegreeOfParallelism = SchedulingParallelism, CancellationToken = cancellationToken },
                async (n, token) => await client.ScheduleNewOrchestrationInstanceAsync(
                    nameof(HelloCities5), input: null, new StartOrchestrationOptions(InstancePrefix + n.ToString(CultureInfo.InvariantCulture)), token).ConfigureAwait(false))
                .ConfigureAwait(false);
            var scheduled = time.GetElapsedTime(started);
            var (completed, failed) = await WaitForInstancesAsync(hub.Client, instances, cancellationToken).ConfigureAwait(false);
            var elapsed = time.GetElapsedTime(started);
            var requests = RequestSnapshot.Of(counter).Since(before);
            var activities = instances * HelloCities5.Activities;
            return new ScenarioResult(
                [
                    new Figure(FigureKeys.HelloActivityEvents, $"(b) HelloCities5 activity events ({instances} × {HelloCities5.Activities})", activities / elapsed.TotalSeconds, "events/s", FigureKind.Throughput),
                    new Figure("hello.orchestrations", "(b) HelloCities5 orchestrations completed", instances / elapsed.TotalSeconds, "orchestrations/s", FigureKind.Throughput),
                    new Figure(FigureKeys.HelloRequestsPerActivity, "(b) storage requests per activity event", (double)requests.Total / activities, "requests", FigureKind.Requests),
                ],
                [
                    "(b) " + EngineDescription.Of(host.Services.GetRequiredService<IOptions<EngineOptions>>().Value),
                    string.Create(CultureInfo.InvariantCulture,
                        $"(b) {instances} instances scheduled in {scheduled.TotalSeconds:N1} s, all finished after {elapsed.TotalSeconds:N1} s: {completed} completed, {failed} failed or terminated, {instances - completed - failed} unfinished."),
                    "(b) " + requests.Describe(activities),
                    "(b) per activity event, engine: " + requests.DescribeOperations(StorageCaller.Engine, activities),
                    MessageFloor(requests, activities),
                ]);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The engine's sends and deletes of queue messages per activity event, beside the 3-request goal: each activity event
    /// is two messages (the task to the work-item queue, its result to a control queue), each sent once and deleted once
    /// whatever the settings, so these alone set a floor under the requests an activity event can cost.
    /// </summary>
    private static string MessageFloor(RequestSnapshot requests, int activities)
    {
        var messages = requests.CountOf(StorageCaller.Engine, StorageOperation.QueueSend) + requests.CountOf(StorageCaller.Engine, StorageOperation.QueueDelete);
        return string.Create(CultureInfo.InvariantCulture,
            $"(b) Queue messages sent and deleted per activity event: {(double)messages / activities:N2}, before any receive, history or instance write: the floor of the engine's Azure Storage provider, against the goal of 3 requests.");
    }

    /// <summary>Polls until every instance has finished, or the timeout: how many completed and how many failed.</summary>
    private async Task<(int Completed, int Failed)> WaitForInstancesAsync(TaskHubClient client, int instances, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(settings.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var query = new OrchestrationQuery { InstanceIdPrefix = InstancePrefix, Statuses = Finished, PageSize = 1000 };
        var (completed, failed) = (0, 0);
        try
        {
            while (completed + failed < instances)
            {
                await Task.Delay(PollInterval, time, linked.Token).ConfigureAwait(false);
                (completed, failed) = (0, 0);
                await foreach (var instance in client.GetAllInstancesAsync(query).WithCancellation(linked.Token).ConfigureAwait(false))
                {
                    if (instance.RuntimeStatus == OrchestrationRuntimeStatus.Completed)
                    {
                        completed++;
                    }
                    else
                    {
                        failed++;
                    }
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The timeout: the report says how many finished.
        }

        return (completed, failed);
    }
}
