namespace Durable.AzureStorage.TestHost;

/// <summary>Prints "partitions &lt;list&gt;" to stdout whenever the partitions this host holds change.</summary>
internal static class OwnershipReporter
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    public static async Task RunAsync(AzureStorageBackend backend, Task stop)
    {
        var reported = "?";
        using var timer = new PeriodicTimer(Interval);
        while (!stop.IsCompleted)
        {
            var owned = string.Join(',', backend.OwnedPartitions);
            if (owned != reported)
            {
                Console.WriteLine($"partitions {(owned.Length == 0 ? "-" : owned)}");
                reported = owned;
            }

            await Task.WhenAny(stop, timer.WaitForNextTickAsync().AsTask());
        }
    }
}
