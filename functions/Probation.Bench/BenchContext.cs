using System.Globalization;
using Azure.Storage.Queues;

namespace Probation.Bench;

/// <summary>Where and when a bench command ran: the account, the machine's cores and their load at the start.</summary>
internal sealed record BenchContext(DateTimeOffset StartedAt, string Account, int Cores, string LoadAverage)
{
    private const string LoadAverageFile = "/proc/loadavg";

    public static BenchContext Capture(BenchSettings settings, TimeProvider time) => new(
        time.GetUtcNow(),
        // The endpoint only: a connection string's key or SAS never reaches the output.
        new QueueServiceClient(settings.ConnectionString).Uri.GetLeftPart(UriPartial.Path),
        Environment.ProcessorCount,
        File.Exists(LoadAverageFile) ? string.Join(' ', File.ReadAllText(LoadAverageFile).Split(' ').Take(3)) : "not known");

    public string Describe(BenchSettings settings) => string.Create(CultureInfo.InvariantCulture,
        $"bench {StartedAt:yyyy-MM-dd HH:mm} UTC, queue endpoint {Account}, {Cores} cores (load average {LoadAverage} at the start), median of {settings.Runs} run(s)");
}
