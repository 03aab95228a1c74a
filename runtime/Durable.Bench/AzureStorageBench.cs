using AzureStorage.Client;
using Durable.Bench.Scenarios;

namespace Durable.Bench;

/// <summary>
/// The Azure Storage backend's figures next to the raw ceiling of the same storage, measured in the same run: activity
/// events per second and storage requests per episode.
/// </summary>
internal static class AzureStorageBench
{
    public static async Task<(List<Measurement>, Measurement?)> RunAsync(BenchSettings settings)
    {
        using var storage = new StorageClient(StorageAccount.Parse(settings.ConnectionString));
        var results = new List<Measurement>(await StorageCeiling.RunAsync(storage, 3_000));
        var ceiling = results[0];
        if (settings.Includes("hello"))
        {
            results.Add(await BenchRun.MedianAsync(settings.Runs, _ => MeasureHelloAsync(storage, settings.Orchestrations)));
        }

        if (settings.Includes("fanout"))
        {
            await using var runtime = await StartAsync(storage);
            results.Add(await FanOutFanIn.RunAsync(runtime, Math.Min(settings.FanOut, 2_000)));
        }

        var hello = results.Find(m => m.Scenario.StartsWith("HelloCities5", StringComparison.Ordinal));
        if (hello is not null)
        {
            results.Add(hello with
            {
                Scenario = "HelloCities5 events per raw queue cycle",
                Note = $"{hello.PerSecond / ceiling.PerSecond:F2} activity events per put+get+delete cycle of the same storage",
            });
        }

        return (results, null);
    }

    /// <summary>A fresh task hub, warmed up: each run starts from an empty hub, as Azurite slows down as its tables grow.</summary>
    private static async Task<BenchRuntime> StartAsync(StorageClient storage)
    {
        var runtime = await BenchRuntime.StartAzureStorageAsync(storage, tasks =>
        {
            HelloCities.Register(tasks);
            FanOutFanIn.Register(tasks);
        });
        await HelloCities.RunAsync(runtime, 50, "warmup");
        return runtime;
    }

    private static async Task<Measurement> MeasureHelloAsync(StorageClient storage, int orchestrations)
    {
        await using var runtime = await StartAsync(storage);
        runtime.Requests!.Reset();
        var measured = await HelloCities.RunAsync(runtime, orchestrations, "hello");
        var episodes = orchestrations * (HelloCities.Cities.Length + 1);
        var requests = runtime.Requests.Total;
        return measured with
        {
            Note = $"{requests / (double)episodes:F2} storage requests per episode ({requests:N0} requests for {episodes:N0} episodes, polling and client calls included)",
        };
    }
}
