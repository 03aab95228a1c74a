namespace Probation.Reliability.Suite;

/// <summary>
/// How much the suite does: <c>RELIABILITY_SIZE=full</c> (what <c>scripts/reliability.sh</c> sets) gives the issue's
/// counts; anything else, or nothing (<c>scripts/test.sh</c>, CI), the short form: the same checks on smaller counts.
/// The ten-minute load runs at 1 order/s: Azurite answers a table query by scanning the whole table, so its cost grows
/// with the history the load writes, and 2 orders/s (what a one-minute fault window holds) fell behind after a few
/// minutes.
/// </summary>
internal sealed record SuiteSize(
    string Name,
    int MalformedRequests,
    int MalformedMessages,
    TimeSpan LoadDuration,
    double LoadOrdersPerSecond,
    TimeSpan FaultLoadDuration,
    double FaultOrdersPerSecond,
    TimeSpan StorageOutage)
{
    public static readonly SuiteSize Short = new("short", 1_000, 200, TimeSpan.FromSeconds(40), 2, TimeSpan.FromSeconds(20), 2, TimeSpan.FromSeconds(8));

    public static readonly SuiteSize Full = new("full", 10_000, 1_000, TimeSpan.FromMinutes(10), 1, TimeSpan.FromSeconds(60), 2, TimeSpan.FromSeconds(30));

    public static SuiteSize Current { get; } =
        string.Equals(Environment.GetEnvironmentVariable("RELIABILITY_SIZE"), "full", StringComparison.OrdinalIgnoreCase) ? Full : Short;
}
