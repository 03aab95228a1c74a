using Microsoft.Extensions.Logging;

namespace Durable.AzureStorage;

/// <summary>The Azure Storage backend's log messages (event ids 3000-3099): ids, counts and error codes, never payloads.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Information, Message = "Host {HostId} acquired partition {Partition} ({Activities} activity calls, {Timers} timers, {Messages} messages waiting).")]
    public static partial void PartitionAcquired(ILogger logger, string hostId, string partition, int activities, int timers, int messages);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Host {HostId} lost the lease of partition {Partition}; its work there stops.")]
    public static partial void LeaseLost(ILogger logger, string partition, string hostId);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Host {HostId} released partition {Partition}.")]
    public static partial void LeaseReleased(ILogger logger, string partition, string hostId);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Renewing the lease of partition {Partition} failed; retrying.")]
    public static partial void LeaseRenewalFailed(ILogger logger, Exception exception, string partition);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "Clean-up of consumed rows in partition {Partition} failed; the rows are removed when found stale.")]
    public static partial void CleanUpFailed(ILogger logger, Exception exception, string partition);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Information, Message = "Host {HostId} sees {Hosts} live hosts and aims for {Target} of {Partitions} partitions; it holds {Held}.")]
    public static partial void Balance(ILogger logger, string hostId, int hosts, int target, int partitions, int held);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Warning, Message = "Partition {Partition}: polling for messages failed; retrying.")]
    public static partial void PollFailed(ILogger logger, Exception exception, string partition);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Error, Message = "Instance {InstanceId}: {Count} message(s) failed {Attempts} times and were moved to the poison table: {Reason}.")]
    public static partial void Poisoned(ILogger logger, string instanceId, int count, int attempts, string reason);

    [LoggerMessage(EventId = 3012, Level = LogLevel.Warning, Message = "Partition {Partition}: sending an outbox message failed; retrying.")]
    public static partial void OutboxFailed(ILogger logger, Exception exception, string partition);

    [LoggerMessage(EventId = 3013, Level = LogLevel.Information, Message = "Partition {Partition}: removed {Count} stale activity and timer rows of instances that moved on.")]
    public static partial void StaleRowsRemoved(ILogger logger, string partition, int count);

    [LoggerMessage(EventId = 3020, Level = LogLevel.Error, Message = "The lease manager of host {HostId} failed; retrying.")]
    public static partial void LeaseManagerFailed(ILogger logger, Exception exception, string hostId);
}
