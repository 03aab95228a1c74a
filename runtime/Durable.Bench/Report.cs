using System.Globalization;

namespace Durable.Bench;

/// <summary>Prints the measurements as a table, with each one's ratio to the baseline where it has one.</summary>
internal static class Report
{
    public static void Print(IReadOnlyList<Measurement> measurements, Measurement? baseline)
    {
        var culture = CultureInfo.InvariantCulture;
        Console.WriteLine();
        Console.WriteLine(string.Format(culture, "{0,-58} {1,10} {2,-16} {3,9} {4,12} {5,12}", "Scenario", "Count", "Unit", "Seconds", "Per second", "vs baseline"));
        Console.WriteLine(new string('-', 122));
        foreach (var m in measurements)
        {
            var ratio = baseline is not null && m.Unit == baseline.Unit && m != baseline
                ? (m.PerSecond / baseline.PerSecond).ToString("P1", culture)
                : string.Empty;
            Console.WriteLine(string.Format(culture, "{0,-58} {1,10:N0} {2,-16} {3,9:F2} {4,12:N0} {5,12}", m.Scenario, m.Count, m.Unit, m.Elapsed.TotalSeconds, m.PerSecond, ratio));
            if (m.Note.Length > 0)
            {
                Console.WriteLine($"    {m.Note}");
            }
        }
    }
}
