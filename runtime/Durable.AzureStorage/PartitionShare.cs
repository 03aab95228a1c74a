namespace Durable.AzureStorage;

/// <summary>
/// How many partitions a host should hold. Every host computes the same shares from the same list of live hosts: the
/// first <c>partitions mod hosts</c> of them, in id order, hold one more than the others, so the shares add up to the
/// partition count and no split such as 2/2/0 is ever stable.
/// </summary>
internal static class PartitionShare
{
    public static int For(string hostId, IReadOnlyCollection<string> liveHosts, int partitions)
    {
        var hosts = liveHosts.Append(hostId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var rank = hosts.IndexOf(hostId);
        return (partitions / hosts.Count) + (rank < partitions % hosts.Count ? 1 : 0);
    }
}
