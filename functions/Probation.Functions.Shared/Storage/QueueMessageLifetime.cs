namespace Probation.Functions.Storage;

/// <summary>Time-to-live values of queue messages.</summary>
internal static class QueueMessageLifetime
{
    /// <summary>A message that never expires: the Queue service's <c>messagettl=-1</c>.</summary>
    public static readonly TimeSpan NeverExpires = TimeSpan.FromSeconds(-1);
}
