namespace Probation.Reliability.Load;

/// <summary>The hosts a workload sends to now: a test swaps them as it kills and starts hosts.</summary>
internal sealed class HostPool(params Uri[] hosts)
{
    private Uri[] _hosts = hosts;
    private int _next;

    public void Set(params Uri[] hosts) => Volatile.Write(ref _hosts, hosts);

    /// <summary>The next host, in turn.</summary>
    public Uri Next()
    {
        var hosts = Volatile.Read(ref _hosts);
        return hosts[(int)((uint)Interlocked.Increment(ref _next) % hosts.Length)];
    }
}
