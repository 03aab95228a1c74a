using System.Diagnostics;
using System.Threading.Channels;

namespace Durable.Bench.Scenarios;

/// <summary>
/// The baseline for HelloCities5: the same chains of five calls, each call a hop through an in-memory queue to a pool of
/// workers and back, with no history, replay or durability. The runtime's figure divided by this one is the cost of
/// being durable.
/// </summary>
internal static class QueueHopBaseline
{
    public static async Task<Measurement> RunAsync(int chains, int workers)
    {
        var requests = Channel.CreateUnbounded<(string City, TaskCompletionSource<string> Reply)>();
        var pool = Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            await foreach (var (city, reply) in requests.Reader.ReadAllAsync())
            {
                reply.SetResult(HelloCities.SayHello(city));
            }
        })).ToArray();

        async Task Chain()
        {
            foreach (var city in HelloCities.Cities)
            {
                var reply = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
                await requests.Writer.WriteAsync((city, reply));
                await reply.Task;
            }
        }

        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, chains).Select(_ => Task.Run(Chain)));
        clock.Stop();
        requests.Writer.Complete();
        await Task.WhenAll(pool);
        return new Measurement("Baseline: queue hops, no durability", "activity events", chains * HelloCities.EventsPerOrchestration, clock.Elapsed);
    }
}
