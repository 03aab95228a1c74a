using System.Runtime.InteropServices;
using AzureStorage.Client;
using Durable;
using Durable.AzureStorage;
using Durable.AzureStorage.TestHost;
using Durable.Worker;
using Microsoft.Extensions.Logging;

// One host of a task hub, run as its own process by the process tests: an Azure Storage backend with short lease
// timings and a worker running the Chain orchestration. Stdout carries "ready <hostId>", "partitions <list>" on every
// change of ownership, and "stopped <hostId>"; logs go to stderr. Stops gracefully (worker, then backend, which frees
// the leases) when stdin closes or on SIGTERM/SIGINT; a SIGKILL is the crash the tests simulate.
var arguments = HostArguments.Parse(args);
using var loggerFactory = LoggerFactory.Create(logging => logging
    .SetMinimumLevel(LogLevel.Information)
    .AddFilter("Durable.Worker", LogLevel.Warning) // one line per ended instance drowns the lease events
    .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace)
    .AddSimpleConsole(console =>
    {
        console.SingleLine = true;
        console.TimestampFormat = "HH:mm:ss.fff ";
    }));

using var storage = new StorageClient(StorageAccount.Parse(arguments.Connection));
var options = new AzureStorageBackendOptions
{
    TaskHub = arguments.Hub,
    PartitionCount = arguments.Partitions,
    HostId = arguments.HostId,
    LeaseDuration = TimeSpan.FromSeconds(6),
    LeaseRenewInterval = TimeSpan.FromSeconds(1),
    MaxPollInterval = TimeSpan.FromMilliseconds(100),
};
var backend = new AzureStorageBackend(storage, options, loggerFactory: loggerFactory);
await backend.CreateIfNotExistsAsync();

var registry = new DurableTaskRegistry();
ChainOrchestration.Register(registry, backend.HostId);
var workerOptions = new DurableTaskWorkerOptions
{
    MaxConcurrentOrchestrations = 32,
    MaxConcurrentActivities = 32,
    ShutdownGracePeriod = TimeSpan.FromSeconds(5),
};
var worker = new DurableTaskWorker(backend, registry, workerOptions, loggerFactory: loggerFactory);
await worker.StartAsync();
Console.WriteLine($"ready {backend.HostId}");

var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
_ = Task.Run(async () =>
{
    while (await Console.In.ReadLineAsync() is not null)
    {
    }

    stop.TrySetResult();
});

await OwnershipReporter.RunAsync(backend, stop.Task);
await worker.DisposeAsync();
await backend.DisposeAsync();
Console.WriteLine($"stopped {backend.HostId}");

void OnSignal(PosixSignalContext context)
{
    context.Cancel = true;
    stop.TrySetResult();
}
