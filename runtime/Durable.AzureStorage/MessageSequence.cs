namespace Durable.AzureStorage;

/// <summary>
/// Increasing numbers for the inbox rows a client writes, so the messages one process sends to an instance keep their
/// order. Based on real time, so they also interleave sensibly across processes.
/// </summary>
internal sealed class MessageSequence(TimeProvider clock)
{
    private long _last;

    public long Next()
    {
        var now = clock.GetUtcNow().UtcTicks;
        while (true)
        {
            var last = Interlocked.Read(ref _last);
            var next = Math.Max(now, last + 1);
            if (Interlocked.CompareExchange(ref _last, next, last) == last)
            {
                return next;
            }
        }
    }
}
