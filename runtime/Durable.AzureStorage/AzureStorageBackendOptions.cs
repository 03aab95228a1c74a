using System.ComponentModel.DataAnnotations;

namespace Durable.AzureStorage;

/// <summary>How the Azure Storage backend lays out and shares a task hub.</summary>
public sealed class AzureStorageBackendOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Durable:AzureStorage";

    /// <summary>
    /// The task hub: names the tables, so several hubs can share one storage account. Letters and digits, starting
    /// with a letter, 3 to 50 characters.
    /// </summary>
    [Required]
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{2,49}$", ErrorMessage = "The task hub name must be 3-50 letters and digits, starting with a letter.")]
    public string TaskHub { get; set; } = "OffenderManagement";

    /// <summary>
    /// Partitions of the hub (1-16): the unit of ownership between hosts and of atomic commits. Fixed when the hub
    /// is created; a host started with another count refuses to run.
    /// </summary>
    [Range(1, 16)]
    public int PartitionCount { get; set; } = 4;

    /// <summary>How long a partition lease lasts without renewal (5 seconds to 5 minutes).</summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:05:00")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often leases are renewed and rebalanced (1 second to 1 minute; less than a third of the lease).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan LeaseRenewInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest wait between two looks for new messages in an idle partition (10 ms to 30 s).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:00:30")]
    public TimeSpan MaxPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Failed attempts after which a message is moved to the poison table with its reason (1-100).</summary>
    [Range(1, 100)]
    public int MaxDequeueCount { get; set; } = 5;

    /// <summary>Instances whose state and history a host keeps in memory per partition (100-1,000,000).</summary>
    [Range(100, 1_000_000)]
    public int InstanceCacheSize { get; set; } = 10_000;

    /// <summary>
    /// This host's name in leases; defaults to the machine name, process id and a random suffix. Never reuse one
    /// across live processes.
    /// </summary>
    public string? HostId { get; set; }

    /// <summary>Checks the values, including the rules that relate them.</summary>
    /// <exception cref="ValidationException">A value is out of range.</exception>
    public void Validate()
    {
        Validator.ValidateObject(this, new ValidationContext(this), validateAllProperties: true);
        if (LeaseRenewInterval * 3 > LeaseDuration)
        {
            throw new ValidationException("The lease renew interval must be at most a third of the lease duration.");
        }
    }
}
