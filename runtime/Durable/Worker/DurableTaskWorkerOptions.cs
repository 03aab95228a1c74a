using System.ComponentModel.DataAnnotations;

namespace Durable.Worker;

/// <summary>How a worker runs work.</summary>
public sealed class DurableTaskWorkerOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Durable:Worker";

    /// <summary>Episodes processed at once (1-256); defaults to the processor count.</summary>
    [Range(1, 256)]
    public int MaxConcurrentOrchestrations { get; set; } = Environment.ProcessorCount;

    /// <summary>Activity calls run at once (1-1024); defaults to 16 per processor.</summary>
    [Range(1, 1024)]
    public int MaxConcurrentActivities { get; set; } = Environment.ProcessorCount * 16;

    /// <summary>
    /// Orchestrations kept in memory between episodes (0-1,000,000; 0 turns it off), so that an episode goes on where the
    /// last one stopped instead of replaying the history. A kept orchestration is used only when the history is exactly
    /// as it left it; any other case (another host, a restart, an eviction) replays, which is also when a change to the
    /// orchestrator code is detected.
    /// </summary>
    [Range(0, 1_000_000)]
    public int MaxCachedOrchestrations { get; set; } = 10_000;

    /// <summary>
    /// On shutdown, how long running activities may take to finish before they are cancelled and abandoned for another
    /// worker (0-10 minutes).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan ShutdownGracePeriod { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The wait after a backend failure before fetching again (1 ms-1 minute).</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00")]
    public TimeSpan FetchFailureDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Checks the values.</summary>
    /// <exception cref="ValidationException">A value is out of range.</exception>
    public void Validate() => Validator.ValidateObject(this, new ValidationContext(this), validateAllProperties: true);
}
