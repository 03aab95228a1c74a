namespace Durable.AzureStorage.Rows;

/// <summary>Rows of the hub table outside the instance partitions: the hub's configuration and the live hosts.</summary>
internal static class HubRows
{
    public const string HubPartition = "~hub";
    public const string Config = "config";
    public const string HostsPartition = "~hosts";
}
