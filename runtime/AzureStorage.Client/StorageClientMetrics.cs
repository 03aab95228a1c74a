using System.Diagnostics.Metrics;

namespace AzureStorage.Client;

/// <summary>
/// System.Diagnostics.Metrics instruments, for hosts that export metrics; <see cref="StorageRequestCounter"/>
/// is the in-process view of the same count.
/// </summary>
internal static class StorageClientMetrics
{
    public const string MeterName = "AzureStorage.Client";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>HTTP requests sent, retries included, tagged with the operation.</summary>
    public static Counter<long> Requests { get; } =
        Meter.CreateCounter<long>("azure_storage.client.requests", unit: "{request}", description: "HTTP requests sent to Azure Storage, retries included.");
}
