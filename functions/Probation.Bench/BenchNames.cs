namespace Probation.Bench;

/// <summary>
/// Names of the task hubs, queues and tables one bench command creates: a prefix, the command's start second and a
/// counter, so each scenario run starts from empty storage and two commands never share a name.
/// </summary>
internal sealed class BenchNames(TimeProvider time)
{
    private readonly long _stamp = time.GetUtcNow().ToUnixTimeSeconds();
    private int _count;

    /// <summary>
    /// A fresh name: letters and digits only, so it is valid as a task hub, a table and (lower-cased) a queue.
    /// </summary>
    public string Next(string prefix) => FormattableString.Invariant($"{prefix}{_stamp}n{Interlocked.Increment(ref _count)}");
}
