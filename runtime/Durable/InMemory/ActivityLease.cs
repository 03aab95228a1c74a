namespace Durable.InMemory;

/// <summary>The in-memory backend's lock on one activity call; released once, by completion or abandonment.</summary>
internal sealed class ActivityLease
{
    public bool Released { get; set; }
}
