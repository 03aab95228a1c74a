using System.Globalization;
using System.Text.Json;

namespace Probation.Functions.Admin;

/// <summary>
/// The virtual clock runs on from where it was set (business time is the engine's time plus an offset), so a reading
/// taken during a test is the instant set plus the seconds the test has taken.
/// </summary>
internal static class BusinessTimeAssert
{
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(1);

    /// <summary>Asserts that <paramref name="actual"/> (an ISO 8601 instant) is <paramref name="expected"/> or up to a minute after.</summary>
    public static void Near(string expected, string? actual)
    {
        var set = DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture);
        Assert.NotNull(actual);
        var read = DateTimeOffset.Parse(actual, CultureInfo.InvariantCulture);
        Assert.InRange(read, set, set + Tolerance);
    }

    /// <summary>Asserts that a <c>{"now": …}</c> reading is near <paramref name="expected"/>.</summary>
    public static void ReadingNear(string expected, string json)
    {
        using var reading = JsonDocument.Parse(json);
        Near(expected, reading.RootElement.GetProperty("now").GetString());
    }
}
