namespace Durable.Backend;

/// <summary>The outcome of purging one instance.</summary>
public enum PurgeOutcome
{
    /// <summary>The instance and its history were deleted.</summary>
    Purged,

    /// <summary>No such instance.</summary>
    NotFound,

    /// <summary>The instance has not ended, so it was kept.</summary>
    NotEnded,
}
