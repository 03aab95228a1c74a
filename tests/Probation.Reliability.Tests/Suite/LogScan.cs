namespace Probation.Reliability.Suite;

/// <summary>Searches hosts' output for what must never be logged: keys (right or wrong), persons' names, dates of birth.</summary>
internal static class LogScan
{
    /// <summary>The lines that hold any of <paramref name="secrets"/>, with the secret found.</summary>
    public static IReadOnlyList<string> Leaks(IEnumerable<string> lines, IEnumerable<string> secrets)
    {
        var wanted = secrets.Where(s => s.Length >= 4).Distinct(StringComparer.Ordinal).ToArray();
        return [.. lines.SelectMany(line => wanted.Where(s => line.Contains(s, StringComparison.Ordinal)).Select(s => $"'{s}' in: {line}"))];
    }
}
