using System.ComponentModel.DataAnnotations;

namespace Probation.Functions.Engine;

/// <summary>
/// The <c>Durable</c> settings of the Durable Task Framework's Azure Storage provider (the task hub itself is the
/// top-level <c>TaskHub</c>). host.json carries the same values for the Functions host.
/// </summary>
public sealed class EngineOptions
{
    public const string SectionName = "Durable";

    /// <summary>Control-queue partitions: at most this many hosts share the orchestrations. Fixed once a task hub exists.</summary>
    [Range(1, 16, ErrorMessage = "Durable:PartitionCount must be between 1 and 16.")]
    public int PartitionCount { get; set; } = 4;

    /// <summary>
    /// Keep an orchestration in memory between its episodes, so it is not replayed from storage each time. Off: the
    /// bench (median of 3 runs each way) found no gain for orders, whose every execution is one step long (staff events
    /// 21.8/s off, 20.3/s on), and HelloCities5 slower (65.8 against 46.8 activity events/s); and a partition handed to
    /// another host waits for its idle sessions to end first (Azure/durabletask#713).
    /// </summary>
    public bool ExtendedSessions { get; set; }

    /// <summary>The longest an idle host waits between two polls of its queues; short locally, so work starts at once.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00", ErrorMessage = "Durable:MaxQueuePollingInterval must be between 10 ms and 1 minute.")]
    public TimeSpan MaxQueuePollingInterval { get; set; } = TimeSpan.FromSeconds(1);

    [Range(1, 1000, ErrorMessage = "Durable:MaxConcurrentOrchestrations must be between 1 and 1000.")]
    public int MaxConcurrentOrchestrations { get; set; } = 100;

    [Range(1, 1000, ErrorMessage = "Durable:MaxConcurrentActivities must be between 1 and 1000.")]
    public int MaxConcurrentActivities { get; set; } = 20;

    /// <summary>This host's name on partition leases; machine name and process id when empty, so hosts on one machine differ.</summary>
    [RegularExpression("^[A-Za-z0-9._-]{1,100}$", ErrorMessage = "Durable:WorkerId must be 1-100 letters, digits, '.', '_' or '-'.")]
    public string? WorkerId { get; set; }

    /// <summary>How long a partition lease lasts unless renewed: how soon another host takes over from a dead one.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:05:00", ErrorMessage = "Durable:LeaseInterval must be between 5 seconds and 5 minutes.")]
    public TimeSpan LeaseInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often leases are renewed and free ones looked for; below <see cref="LeaseInterval"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00", ErrorMessage = "Durable:LeaseRenewInterval must be between 1 second and 1 minute.")]
    public TimeSpan LeaseRenewInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long a message taken by a host stays hidden from others: how long the work of a host that died waits before
    /// another takes it up, and how long a message may wait in the host's own buffer before it is taken again. Durable
    /// Functions' 5 minutes: after a storage outage the framework's dispatcher waits 10 s after each work item until five
    /// in a row succeed, and a shorter timeout let the waiting messages be taken again, their completions fail on stale
    /// pop receipts and renew the wait (the reliability suite saw orders Pending for over ten minutes at 10 and 30 s).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:10:00", ErrorMessage = "Durable:MessageVisibilityTimeout must be between 5 seconds and 10 minutes.")]
    public TimeSpan MessageVisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The worker id to use: <see cref="WorkerId"/>, or this machine and process.</summary>
    public string EffectiveWorkerId => WorkerId ?? $"{Environment.MachineName}-{Environment.ProcessId}";
}
