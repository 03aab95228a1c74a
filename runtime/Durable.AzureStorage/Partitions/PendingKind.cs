namespace Durable.AzureStorage.Partitions;

/// <summary>Where a pending message lives until an episode consumes it.</summary>
internal enum PendingKind
{
    /// <summary>An inbox row (M): a client event, a start, or a message from another instance.</summary>
    Inbox,

    /// <summary>The result of an activity call, in memory; its call row (A) is deleted when it is consumed.</summary>
    ActivityResult,

    /// <summary>A due timer; its row (T) is deleted when it is consumed.</summary>
    Timer,
}
