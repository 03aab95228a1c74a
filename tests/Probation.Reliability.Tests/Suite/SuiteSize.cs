namespace Probation.Reliability.Suite;

/// <summary>
/// How much the suite does: <c>RELIABILITY_SIZE=full</c> (what <c>scripts/reliability.sh</c> sets) gives the issue's
/// counts; anything else, or nothing (<c>scripts/test.sh</c>, CI), the short form: the same checks on smaller counts.
/// The ten-minute load runs at 0.5 orders/s: Azurite's cost per request grows with what it holds (see
/// <see cref="HubNames.NewAsync"/>), and over ten minutes 2 orders/s fell far behind, and 1 order/s kept Azurite's
/// process at three quarters of a core with workflows starting more than 5 s after their order (six 503s).
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

    public static readonly SuiteSize Full = new("full", 10_000, 1_000, TimeSpan.FromMinutes(10), 0.5, TimeSpan.FromSeconds(60), 2, TimeSpan.FromSeconds(30));

    public static SuiteSize Current { get; } =
        string.Equals(Environment.GetEnvironmentVariable("RELIABILITY_SIZE"), "full", StringComparison.OrdinalIgnoreCase) ? Full : Short;
}
