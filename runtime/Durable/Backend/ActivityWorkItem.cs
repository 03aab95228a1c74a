namespace Durable.Backend;

/// <summary>An activity call locked for one worker.</summary>
/// <param name="Request">The call.</param>
/// <param name="LockToken">The backend's own handle on the lock.</param>
public sealed record ActivityWorkItem(ActivityRequest Request, object LockToken);
