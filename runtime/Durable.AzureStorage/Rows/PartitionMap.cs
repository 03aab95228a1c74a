using System.Globalization;
using System.Text;

namespace Durable.AzureStorage.Rows;

/// <summary>Maps instance ids to partitions with a stable hash (FNV-1a over UTF-8), the same in every process.</summary>
internal sealed class PartitionMap(int partitionCount)
{
    public int Count => partitionCount;

    public static string Key(int partition) => "p" + partition.ToString("D2", CultureInfo.InvariantCulture);

    public int PartitionOf(string instanceId)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(instanceId))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return (int)(hash % (uint)partitionCount);
    }

    public string KeyOf(string instanceId) => Key(PartitionOf(instanceId));

    public IEnumerable<string> Keys => Enumerable.Range(0, partitionCount).Select(Key);
}
